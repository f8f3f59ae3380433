// `mhhs-qualify spec fetch`: download a pinned version of Elexon's DIP API definitions into
// the user cache, refusing any file whose SHA-256 is not the published one.
import { type FetchSpecEvent, fetchSpec } from '../../spec/fetch-spec.ts';
import type { ConsoleIO } from '../output/console-io.ts';

export interface SpecFetchOptions {
  readonly version: string;
  readonly dir?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly force?: boolean | undefined;
}

function progressLine(event: FetchSpecEvent): string | undefined {
  switch (event.type) {
    case 'downloaded':
      return `  [${event.index + 1}/${event.total}] ${event.file} (${event.bytes} bytes)`;
    case 'retrying':
      return `  retrying ${event.file} in ${event.delayMs} ms: ${event.reason}`;
    case 'verified':
      return `  SHA-256 verified for ${event.files} files`;
    default:
      return undefined;
  }
}

export async function specFetchCommand(options: SpecFetchOptions, io: ConsoleIO): Promise<number> {
  const result = await fetchSpec({
    version: options.version,
    targetDir: options.dir,
    baseUrl: options.baseUrl,
    force: options.force,
    onProgress: (event) => {
      const line = progressLine(event);
      if (line) io.err(line);
    },
  });
  io.out(
    result.status === 'already-present'
      ? `DIP API definitions ${result.version} already in ${result.dir} (digests verified); use --force to download again`
      : `DIP API definitions ${result.version} (commit ${result.commit.slice(0, 7)}, ${result.files.length} files, ${result.totalBytes} bytes) installed in ${result.dir}`,
  );
  return 0;
}
