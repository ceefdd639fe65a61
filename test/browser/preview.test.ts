/**
 * The task pane's production build in headless Chromium, outside Office: office.js cannot load
 * (routed to fail, as on a machine without Microsoft's CDN), so the pane must start as a preview
 * that says it is not connected to Excel, without errors, without reaching any other host, and
 * with no accessibility violations that axe-core finds.
 */
import { expectNoAxeViolations, usePane } from "../support/browser";

describe("the task pane outside Office (production build, headless Chromium)", () => {
  const pane = usePane();

  beforeAll(async () => {
    await pane().load();
  });

  it("loads the production bundle from the local server", async () => {
    const { page, origin } = pane();
    expect(await page.title()).toBe("Lead Tally");
    const scripts = await page.evaluate(() =>
      Array.from(document.scripts, (script) => script.src).filter((src) => src !== "")
    );
    const local = scripts.filter((src) => src.startsWith(origin + "/"));
    // Production file names carry a content hash: taskpane.<hash>.js.
    expect(local).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/taskpane\.[0-9a-f]{8,}\.js$/)])
    );
  });

  it('shows a preview notice that says "not connected to Excel"', async () => {
    const { page } = pane();
    const notice = page.getByText(/not connected to Excel/).first();
    await notice.waitFor({ state: "visible", timeout: 15_000 });
    expect(await notice.innerText()).toMatch(/Preview/);
  });

  it("asks for office.js (which fails here) and nothing else outside the local server", async () => {
    const { page, officeJsRequests, externalRequests } = pane();
    await page.waitForLoadState("networkidle");
    expect(officeJsRequests.length).toBeGreaterThan(0);
    for (const url of officeJsRequests) expect(url).toMatch(/\/office\.js$/);
    expect(externalRequests).toEqual([]);
  });

  it("logs no console error and throws no page error", async () => {
    const { page, problems } = pane();
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });

  it("has no accessibility violations (axe-core)", async () => {
    const { page } = pane();
    await page
      .getByText(/not connected to Excel/)
      .first()
      .waitFor({ state: "visible" });
    await expectNoAxeViolations(page, "in the preview as it opens");
  });
});
