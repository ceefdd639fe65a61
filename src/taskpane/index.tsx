/*
 * Placeholder task pane: says whether the page runs inside Excel. A React pane replaces it.
 */
/* global document, Office */

function showStatus(text: string): void {
  const container = document.getElementById("container");
  if (container) container.textContent = text;
}

const notInOffice = "Preview: not connected to Excel";

if (typeof Office === "undefined") {
  // office.js did not load: an ordinary browser without access to Microsoft's CDN.
  showStatus(notInOffice);
} else {
  void Office.onReady((info) => {
    showStatus(
      info.host === Office.HostType.Excel ? "Lead Tally is running in Excel" : notInOffice
    );
  });
}

export {};
