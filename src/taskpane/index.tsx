/*
 * The task pane's entry: decides whether the page runs in Excel or in an ordinary browser, then
 * mounts the App on Excel's workbook or on the in-memory preview workbook.
 */
/* global document, Office */
import * as React from "react";
import { createRoot, Root } from "react-dom/client";
import { createExcelWorkbook, excelRun } from "../workbook/excelWorkbook";
import { App } from "./components/App";
import { isDarkColor } from "./theme";

/**
 * How long to wait for Office.onReady before starting the preview. office.js can load and then
 * never call back (a page opened outside Office with the CDN half reachable); should Excel answer
 * after all, the pane switches to it.
 */
const OFFICE_READY_TIMEOUT_MS = 5000;

const now = (): Date => new Date();

function officeThemeIsDark(): boolean {
  try {
    return isDarkColor(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    // Older hosts have no officeTheme: light, as Office itself is by default.
    return false;
  }
}

function mountExcel(root: Root): void {
  const excel = {
    run: excelRun,
    isSetSupported: (set: string, version: string) =>
      Office.context.requirements.isSetSupported(set, version),
  };
  root.render(
    <App
      key="excel"
      workbook={createExcelWorkbook()}
      now={now}
      officeDark={officeThemeIsDark()}
      excel={excel}
    />
  );
}

async function mountPreview(root: Root): Promise<void> {
  // The preview's workbook and sample leads are not needed in Excel: loaded only here.
  const { createSampleWorkbook } = await import(
    /* webpackChunkName: "preview" */ "../workbook/sampleLeads"
  );
  const workbook = createSampleWorkbook(now());
  root.render(<App key="preview" workbook={workbook} preview={workbook} now={now} />);
}

function start(): void {
  const container = document.getElementById("container");
  if (container === null) return;
  const root = createRoot(container);

  // office.js did not load: an ordinary browser without access to Microsoft's CDN.
  if (typeof Office === "undefined") {
    void mountPreview(root);
    return;
  }

  let mounted: "excel" | "preview" | null = null;
  const timeout = setTimeout(() => {
    if (mounted === null) {
      mounted = "preview";
      void mountPreview(root);
    }
  }, OFFICE_READY_TIMEOUT_MS);

  void Office.onReady((info) => {
    clearTimeout(timeout);
    if (info.host === Office.HostType.Excel) {
      if (mounted !== "excel") {
        mounted = "excel";
        mountExcel(root);
      }
    } else if (mounted === null) {
      // office.js loaded outside Office: no host.
      mounted = "preview";
      void mountPreview(root);
    }
  });
}

start();
