#!/usr/bin/env node
// The reviewed public surface of a package: one API report per promised entry point, written by
// API Extractor from the built declarations into `<package>/api/<entry>.api.md`. `--check` (in
// the package's `lint`, so in CI) fails when the surface changed and the report was not updated
// with it; run without `--check` to update the reports and commit them with the change.
//
//   node ../../tools/api-report.mjs index provider testing          (from a package directory)
//   node ../../tools/api-report.mjs --check index provider testing
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const args = process.argv.slice(2);
const check = args.includes('--check');
const entries = args.filter((a) => !a.startsWith('--'));
const packageDir = process.cwd();
const reportFolder = join(packageDir, 'api');
const reportTempFolder = join(packageDir, 'node_modules', '.api-report');
mkdirSync(reportFolder, { recursive: true });
mkdirSync(reportTempFolder, { recursive: true });

let failed = false;
for (const entry of entries) {
  const dts = join(packageDir, 'dist', `${entry}.d.mts`);
  if (!existsSync(dts)) {
    console.error(`api-report: ${dts} is missing: build the package first`);
    process.exit(2);
  }
  const config = ExtractorConfig.prepare({
    configObjectFullPath: join(packageDir, `api-extractor.${entry}.json`),
    packageJsonFullPath: join(packageDir, 'package.json'),
    configObject: {
      projectFolder: packageDir,
      mainEntryPointFilePath: dts,
      bundledPackages: [],
      compiler: {
        overrideTsconfig: {
          compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom', 'dom.iterable'], types: [], skipLibCheck: true, strict: true },
          files: [dts],
        },
      },
      apiReport: { enabled: true, reportFolder, reportTempFolder, reportFileName: `${entry}.api.md` },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          // Types reached from an entry but exported by another entry of the same package.
          'ae-forgotten-export': { logLevel: 'none' },
          'ae-missing-release-tag': { logLevel: 'none' },
          'ae-undocumented': { logLevel: 'none' },
          'ae-internal-missing-underscore': { logLevel: 'none' },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  });
  const result = Extractor.invoke(config, { localBuild: !check, showVerboseMessages: false, messageCallback: (m) => { if (m.logLevel === 'warning' || m.logLevel === 'error') { m.handled = true; console.error(`api-report ${entry}: ${m.text}`); } } });
  if (check && result.apiReportChanged) {
    console.error(`api-report: the public surface of ${entry} changed. Review it, then run \`node ../../tools/api-report.mjs ${entries.join(' ')}\` in ${resolve(packageDir)} and commit api/${entry}.api.md.`);
    failed = true;
  } else if (!result.succeeded && !result.apiReportChanged) {
    failed = true;
  } else {
    console.log(`api-report: ${entry} ${check ? 'matches' : 'written to'} api/${entry}.api.md`);
  }
}
process.exit(failed ? 1 : 0);
