// The HTTP adapter answers RouteHandlers itself instead of through MSW's getResponse. It must
// pick the same handler, with the same path parameters, for every request target a participant
// (or the fuzz test) can send: compared here with getResponse over the same handlers.
import { getResponse, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answerByRoute, jsonAnswer, route, type RouteAnswer } from '../mocks/http/route-handler.ts';

const routes = [
  route.post('*/dip-channel/:channel', ({ params }) => HttpResponse.json({ handler: 'channel', params })),
  route.post('*/statusmessage', ({ body }) => HttpResponse.json({ handler: 'status', body: Buffer.from(body).toString('utf8') })),
  route.get('*/replay/:id', ({ params }) => {
    if (params.id === 'refused') throw HttpResponse.json({ handler: 'thrown' }, { status: 409 });
    return HttpResponse.json({ handler: 'replay', params });
  }),
  // The emulator's own answers are plain RouteAnswers; through MSW they become a Response.
  route.get('*/plain/:id', ({ params }) => jsonAnswer({ handler: 'plain', params }, 202, { 'retry-after': '1' })),
];

const targets = [
  ['GET', '/plain/x'],
  ['POST', '/dip-channel/IF-031'],
  ['post', '/dip-channel/IF-031'],
  ['POST', '/dip-channel/IF-031/'],
  ['POST', '/dip-channel/IF-031?x=1#y'],
  ['POST', '/dip-channel/IF%2D031'],
  ['POST', '/dip-channel/IF-031/extra'],
  ['POST', '/dip-channel/'],
  ['POST', '/dip-channel'],
  ['POST', '//dip-channel/IF-031'],
  ['POST', '/prefix/dip-channel/IF-031'],
  ['POST', '/DIP-CHANNEL/IF-031'],
  ['POST', '/statusmessage'],
  ['POST', '/statusmessage?check=1'],
  ['POST', '/statusmessages'],
  ['GET', '/statusmessage'],
  ['PUT', '/dip-channel/IF-031'],
  ['GET', '/replay/abc'],
  ['GET', '/replay/refused'],
  ['GET', '/replay/a%20b'],
  ['POST', '/replay/abc'],
  ['GET', '/'],
] as const;

async function described(response: Response | RouteAnswer | undefined): Promise<string> {
  if (!response) return 'no handler';
  return response instanceof Response ? `${response.status} ${await response.text()}` : `${response.status} ${response.body}`;
}

describe('route handlers answered by the adapter', () => {
  it.each(targets)('%s %s gets the answer getResponse gives', async (method, target) => {
    const body = method === 'GET' ? '' : '[{"payload":"é"}]';
    // As the adapter calls it: the bytes beside a request without a body; MSW reads them from the request.
    const direct = await described(await answerByRoute(routes, new Request(new URL(target, 'https://127.0.0.1:8443'), { method }), Buffer.from(body)));
    const viaMsw = await described(await getResponse(routes, new Request(new URL(target, 'https://127.0.0.1:8443'), { method, ...(body ? { body } : {}) })));
    expect(direct).toBe(viaMsw);
  });

  it('gives a plain answer its status and headers both ways', async () => {
    const direct = await answerByRoute(routes, new Request('https://127.0.0.1:8443/plain/x'), Buffer.from(''));
    const viaMsw = await getResponse(routes, new Request('https://127.0.0.1:8443/plain/x'));
    expect(direct).toMatchObject({ status: 202, headers: { 'content-type': 'application/json', 'retry-after': '1' } });
    expect([viaMsw?.status, viaMsw?.headers.get('retry-after'), viaMsw?.headers.get('content-type')]).toEqual([202, '1', 'application/json']);
  });

  it('hands the resolver the body bytes as received, UTF-8 intact', async () => {
    const answer = await answerByRoute(routes, new Request('https://127.0.0.1:8443/statusmessage', { method: 'POST' }), Buffer.from('[{"payload":"é"}]'));
    expect(JSON.parse(answer?.body ?? '')).toEqual({ handler: 'status', body: '[{"payload":"é"}]' });
  });

  it('matches the targets it should, so the comparison above is not between two refusals', async () => {
    const answered = await Promise.all(targets.map(async ([method, target]) => (await answerByRoute(routes, new Request(new URL(target, 'https://127.0.0.1:8443'), { method }), Buffer.from('[]'))) !== undefined));
    expect(answered.filter(Boolean).length).toBeGreaterThanOrEqual(8);
    expect(answered.filter((matched) => !matched).length).toBeGreaterThanOrEqual(5);
  });
});
