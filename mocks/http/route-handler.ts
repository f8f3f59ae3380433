// An MSW request handler that also hands its resolver to the HTTP adapter. The DIP emulator's
// endpoints are ordinary MSW handlers (setupServer and getResponse take them as they are), but
// MSW's getResponse spends about 280 µs of CPU on every request before a resolver runs
// (a clone of the request body, the cookie store, an AbortController, compiling the path),
// four times what the emulator's own judgement of a message costs. The adapter therefore
// matches a RouteHandler with MSW's own public matchRequestUrl and calls its resolver directly,
// handing it the body bytes it has already read (a Fetch body stream filled only to be read
// back cost another 20 µs); through MSW the handler reads them from the request itself.
import { HttpHandler, matchRequestUrl, type PathParams } from 'msw';

/** The headers a route reads: looked up by name, or listed. A Fetch Headers is one. */
export interface RouteHeaders extends Iterable<[string, string]> {
  get(name: string): string | null;
}

/**
 * What a route reads of a request: its method, URL and headers. A Fetch Request is one (MSW
 * passes that); the adapter passes a plain one, since a Fetch Request costs it an AbortSignal,
 * a transferable object and a check of every header, a tenth of the emulator's time per request.
 */
export interface RouteRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: RouteHeaders;
}

/** A RouteRequest over headers as node:http gives them (names lower-cased, repeats joined). */
export function routeRequest(method: string, url: string, headers: ReadonlyArray<readonly [string, string]>): RouteRequest {
  const byName = new Map(headers.map(([name, value]) => [name.toLowerCase(), value]));
  return { method, url, headers: { get: (name) => byName.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => byName.entries() } };
}

/**
 * A route's answer as the adapter writes it: status, headers and body text. A resolver may
 * return a Fetch Response too (MSW's HttpResponse); the emulator's own answers are plain,
 * since Response.json builds a ReadableStream for every answer, about 10 % of the emulator's time.
 */
export interface RouteAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export const jsonAnswer = (value: unknown, status: number, headers: Readonly<Record<string, string>> = {}): RouteAnswer => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(value),
});

/** A Response read into a RouteAnswer (repeated headers joined, as Fetch Headers gives them). */
export async function answerOfResponse(response: Response): Promise<RouteAnswer> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

const responseOf = (given: RouteAnswer | Response): Response =>
  given instanceof Response ? given : new Response(given.body === '' ? null : given.body, { status: given.status, headers: given.headers });

export type RouteResolver = (args: { readonly request: RouteRequest; readonly params: PathParams; readonly body: Uint8Array }) => RouteAnswer | Response | Promise<RouteAnswer | Response>;

export class RouteHandler extends HttpHandler {
  constructor(
    readonly routeMethod: 'GET' | 'POST',
    readonly routePath: string,
    readonly resolve: RouteResolver,
  ) {
    super(routeMethod, routePath, async ({ request, params }) => responseOf(await resolve({ request, params, body: new Uint8Array(await request.arrayBuffer()) })));
  }
}

export const route = {
  get: (path: string, resolve: RouteResolver) => new RouteHandler('GET', path, resolve),
  post: (path: string, resolve: RouteResolver) => new RouteHandler('POST', path, resolve),
};

/**
 * matchRequestUrl compiles the route's path to a regular expression on every call (15 µs a
 * request); a run asks about a handful of paths, so their matches are kept. The key is the URL
 * without its query and fragment, which matching ignores; the store is emptied when it fills,
 * so a stream of distinct paths cannot grow it.
 */
const MATCHES_KEPT = 10_000;
const matches = new Map<string, ReturnType<typeof matchRequestUrl>>();
function matchOf(url: URL, routePath: string): ReturnType<typeof matchRequestUrl> {
  const key = `${routePath}\n${url.origin}${url.pathname}`;
  let match = matches.get(key);
  if (!match) {
    if (matches.size >= MATCHES_KEPT) matches.clear();
    matches.set(key, (match = matchRequestUrl(url, routePath)));
  }
  return match;
}

/**
 * The answer of the first route whose method and path match, as getResponse would give it
 * (methods compare case-insensitively and paths by matchRequestUrl, as MSW's HttpHandler does;
 * a thrown Response is the answer, as MSW treats it); undefined when none matches. `body` is the
 * request's body as received: the request passed here need not carry it.
 */
export async function answerByRoute(routes: readonly RouteHandler[], request: RouteRequest, body: Uint8Array): Promise<RouteAnswer | undefined> {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  for (const candidate of routes) {
    if (candidate.routeMethod !== method) continue;
    const match = matchOf(url, candidate.routePath);
    if (!match.matches) continue;
    try {
      const given = await candidate.resolve({ request, params: { ...match.params }, body });
      return given instanceof Response ? await answerOfResponse(given) : given;
    } catch (thrown) {
      if (thrown instanceof Response) return answerOfResponse(thrown);
      throw thrown;
    }
  }
  return undefined;
}
