// `mhhs-qualify spec info`: which DIP API definitions a run would use, from where, whether
// they are byte-for-byte Elexon's published files, and what they define.
import { loadSpec } from '../../spec/load-spec.ts';
import type { ConsoleIO } from '../output/console-io.ts';

export interface SpecInfoOptions {
  readonly specVersion?: string | undefined;
  readonly specDir?: string | undefined;
  readonly format?: string | undefined;
}

export function specInfoCommand(options: SpecInfoOptions, io: ConsoleIO): number {
  const spec = loadSpec({ version: options.specVersion, specDir: options.specDir });
  const { catalogue } = spec;
  const info = {
    version: spec.version,
    commit: spec.pinned.commit,
    directory: spec.dir,
    source: spec.source,
    digests: spec.digests.status,
    modifiedFiles: spec.digests.mismatched,
    interfaces: catalogue.interfaces.length,
    eventCodeVariants: catalogue.variants.length,
    blocks: catalogue.blocks.length,
    responseCodes: catalogue.responseCodes.length,
    loadMillis: Math.round(spec.loadMillis),
  };
  if (options.format === 'json') {
    io.out(JSON.stringify(info, null, 2));
    return 0;
  }
  const sourceText = { flag: '--spec-dir', env: 'MHHS_DIP_SPEC_DIR', cache: 'user cache' }[spec.source];
  const digestText =
    spec.digests.status === 'verified'
      ? 'verified (every file matches the pinned SHA-256)'
      : `MODIFIED: ${spec.digests.mismatched.join(', ')} differ from the published files`;
  io.out(
    [
      `DIP API definitions ${info.version} (elexon-data/dip-api-documentation @ ${info.commit.slice(0, 7)})`,
      `  directory       ${info.directory}`,
      `  source          ${sourceText}`,
      `  digests         ${digestText}`,
      `  interfaces      ${info.interfaces}`,
      `  event codes     ${info.eventCodeVariants} variants`,
      `  blocks          ${info.blocks}`,
      `  response codes  ${info.responseCodes}`,
      `  loaded in       ${info.loadMillis} ms`,
    ].join('\n'),
  );
  return 0;
}
