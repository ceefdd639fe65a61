import { describeError } from "../../../src/taskpane/errorMessages";

describe("describeError", () => {
  it("says something useful about an error with no message at all", () => {
    expect(describeError(undefined, "The tally")).toBe(
      "The tally did not work. Try again; if it keeps happening, close and reopen the pane."
    );
  });

  it("turns Office error codes into plain sentences, keeping Excel's short detail", () => {
    const protectedSheet = { code: "AccessDenied", message: "The sheet is protected." };
    expect(describeError(protectedSheet, "Saving the lead from Website")).toBe(
      "Saving the lead from Website did not work. Excel did not allow the change: the workbook or sheet may be protected, or opened read-only. Unprotect it (Review › Unprotect Sheet) and try again. (The sheet is protected.)"
    );
    expect(describeError({ code: "ItemNotFound" }, "The tally")).toMatch(
      /^The tally did not work\. The leads are no longer where they were/
    );
    expect(describeError({ code: "InvalidOperation" }, "The tally")).toMatch(/Press Enter or Esc/);
    expect(describeError({ code: "ResponsePayloadSizeLimitExceeded" }, "The tally")).toMatch(
      /too many leads to read from Excel at once/
    );
    expect(describeError({ code: "RequestPayloadSizeLimitExceeded" }, "The tally")).toMatch(
      /too much to send to Excel at once/
    );
  });

  it("passes on the words of an error it has no code for", () => {
    expect(describeError(new Error('The leads table "Leads" no longer exists.'), "The tally")).toBe(
      'The tally did not work: The leads table "Leads" no longer exists.'
    );
    expect(describeError({ code: "SomethingNew", message: "Odd." }, "The tally")).toBe(
      "The tally did not work: Odd."
    );
  });
});
