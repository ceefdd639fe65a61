/* global module, console */
// Ends every jest run with one plain line, "tests: N passed, N failed[, N skipped]", which CI reads
// to tell a run that tested something from one that ran nothing.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed`;
    console.log(skipped > 0 ? `${line}, ${skipped} skipped` : line);
  }
}

module.exports = ClosingLineReporter;
