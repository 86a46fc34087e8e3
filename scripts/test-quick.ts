// `npm run test:quick`: the type-check and the database-free tests, side by side, with the time
// they took. The database tests and the browser tests are `npm run test:unit` and `npm run test:e2e`.
import { spawn } from "node:child_process";

const started = Date.now();
const run = (name: string, args: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => {
      // each tool's output printed whole, so the two never interleave
      process.stdout.write(`\n── ${name} ${code === 0 ? "passed" : "FAILED"} ──\n${out}`);
      resolve(code ?? 1);
    });
  });

const codes = await Promise.all([
  run("typecheck", ["node_modules/typescript/bin/tsc", "--noEmit"]),
  run("unit tests", ["node_modules/vitest/vitest.mjs", "run", "--project", "unit"]),
]);
const ok = codes.every((c) => c === 0);
console.log(`\n[test:quick] ${ok ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(ok ? 0 : 1);
