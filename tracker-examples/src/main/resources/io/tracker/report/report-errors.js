// Records every script error and every Content-Security-Policy violation in <body data-errors>,
// for the browser tests and for anyone checking the page.
(function () {
  var errors = [];
  function record(message) {
    errors.push(String(message));
    document.body.dataset.errors = errors.join("\n");
  }
  window.recordReportError = record;
  window.onerror = function (message, source, line, column) {
    record(message + " (" + line + ":" + column + ")");
  };
  window.addEventListener("unhandledrejection", function (event) { record(event.reason); });
  document.addEventListener("securitypolicyviolation", function (event) {
    record("CSP " + event.violatedDirective + " blocked " + (event.blockedURI || "inline code")
      + " (" + event.lineNumber + ":" + event.columnNumber + ")");
  });
  var consoleError = console.error;
  console.error = function () {
    record(Array.prototype.join.call(arguments, " "));
    consoleError.apply(console, arguments);
  };
})();
