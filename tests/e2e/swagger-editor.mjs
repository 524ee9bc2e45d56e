#!/usr/bin/env node
// Real-browser check that an editor can use Swagger UI end to end:
// authorize with an API key, create the sample article as a draft, publish it (the publish action),
// retitle it (merge patch), read it back in the UI and anonymously, delete it, then get -> 404.
//
//   node tests/e2e/swagger-editor.mjs <baseUrl> <apiKey> [--out screenshot.png] [--full-page] [--timeout-ms 60000]
//
// Drives Debian's Chromium (/usr/bin/chromium, or $CHROMIUM_PATH) with playwright-core.
// Prints one line per step ("OK create -> 201"), exits 0 on success and 1 on the first failure.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const STEP_TIMEOUT = 15_000; // any single wait (generous: CI machines can be busy)
const USAGE =
  "usage: node swagger-editor.mjs <baseUrl> <apiKey> [--out screenshot.png] [--full-page] [--timeout-ms 60000]";

function parseArgs(argv) {
  const positional = [];
  const opts = { out: null, timeoutMs: 60_000, fullPage: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out") opts.out = argv[++i];
    else if (a.startsWith("--out=")) opts.out = a.slice("--out=".length);
    else if (a === "--timeout-ms") opts.timeoutMs = Number(argv[++i]);
    else if (a.startsWith("--timeout-ms=")) opts.timeoutMs = Number(a.slice("--timeout-ms=".length));
    else if (a === "--full-page") opts.fullPage = true;
    else if (a === "-h" || a === "--help") {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else positional.push(a);
  }
  if (positional.length !== 2 || opts.out === undefined) throw new Error(USAGE);
  if (!opts.out) opts.out = join(tmpdir(), `swagger-editor-${Date.now()}.png`);
  if (!Number.isFinite(opts.timeoutMs) || opts.timeoutMs <= 0) throw new Error("--timeout-ms must be a positive number");
  return { baseUrl: positional[0].replace(/\/+$/, ""), apiKey: positional[1], ...opts };
}

class StepError extends Error {}
const T0 = Date.now();
const since = () => `${((Date.now() - T0) / 1000).toFixed(1)} s`;
const debug = (line) => process.env.SWAGGER_E2E_DEBUG && console.log(`   . ${line}  [${since()}]`);
const ok = (line) => console.log(`OK ${line}  [${since()}]`);
const fail = (msg) => {
  throw new StepError(msg);
};

let lastBlock = null; // the operation last worked on: the screenshot shows it
const op = (page, tag, operationId) => page.locator(`[id="operations-${tag}-${operationId}"]`);

/** Expand an operation (if collapsed) and make sure the Try-it-out form is active. */
async function openOperation(page, tag, operationId) {
  debug(`${operationId}: open`);
  const block = op(page, tag, operationId);
  lastBlock = block;
  await block.waitFor({ state: "visible", timeout: STEP_TIMEOUT }).catch(() =>
    fail(`operation ${tag}/${operationId} is not shown in Swagger UI`));
  if (!(await block.evaluate((el) => el.classList.contains("is-open")))) {
    await block.locator(".opblock-summary").first().click();
  }
  const execute = block.locator("button.execute");
  // with Try-it-out active the group shows Cancel (+ Reset); otherwise a single "Try it out" button
  const tryOut = block.locator("button.try-out__btn:not(.cancel):not(.reset)");
  // EnableTryItOutByDefault shows Execute at once; otherwise press "Try it out".
  await block.locator("button.execute, button.try-out__btn:not(.cancel):not(.reset)").first()
    .waitFor({ state: "visible", timeout: STEP_TIMEOUT })
    .catch(() => fail(`${operationId}: neither Execute nor "Try it out" appeared after expanding`));
  if (!(await execute.isVisible())) {
    await tryOut.click();
    await execute.waitFor({ state: "visible", timeout: STEP_TIMEOUT });
  }
  return block;
}

async function fillParam(block, operationId, name, location, value) {
  const input = block.locator(`tr[data-param-name="${name}"][data-param-in="${location}"] input`).first();
  await input.waitFor({ state: "visible", timeout: STEP_TIMEOUT }).catch(() =>
    fail(`${operationId}: no input for the ${location} parameter "${name}"`));
  await input.fill(value);
}

async function fillBody(block, operationId, json, contentType) {
  if (contentType) {
    const select = block.locator(".opblock-section-request-body select");
    if ((await select.count()) > 0) {
      const options = await select.first().locator("option").allTextContents();
      if (!options.includes(contentType)) {
        fail(`${operationId}: request content type ${contentType} not offered (offered: ${options.join(", ")})`);
      }
      await select.first().selectOption(contentType);
    }
  }
  const textarea = block.locator("textarea.body-param__text");
  await textarea.waitFor({ state: "visible", timeout: STEP_TIMEOUT }).catch(() =>
    fail(`${operationId}: no request body editor`));
  debug(`${operationId}: filling body`);
  await textarea.fill(JSON.stringify(json, null, 2));
  debug(`${operationId}: body filled`);
}

/** Press Execute and return { status, text } of the live response shown in the UI. */
async function execute(block, operationId) {
  lastBlock = block;
  const clear = block.locator("button.btn-clear");
  if (await clear.isVisible()) await clear.click();
  const statusCell = block.locator(".live-responses-table .response .response-col_status");
  await statusCell.waitFor({ state: "detached", timeout: STEP_TIMEOUT }).catch(() => {});
  debug(`${operationId}: execute`);
  await block.locator("button.execute").click();
  await statusCell.first().waitFor({ state: "visible", timeout: STEP_TIMEOUT }).catch(async () => {
    const errors = await block.locator(".invalid, .validation-errors").allInnerTexts().catch(() => []);
    fail(`${operationId}: no response shown within ${STEP_TIMEOUT / 1000} s after Execute` +
      (errors.length ? ` (validation: ${errors.join(" | ").replace(/\s+/g, " ")})` : ""));
  });
  debug(`${operationId}: response shown`);
  const status = Number((await statusCell.first().innerText()).trim());
  const text = await block.locator(".live-responses-table .response .response-col_description").first().innerText();
  return { status, text };
}

/** Lower-cased header value from Swagger UI's "Response headers" block (e.g. ` etag: "2" `). */
function shownHeader(text, name) {
  const m = text.match(new RegExp(`^\\s*${name}:\\s*(.+?)\\s*$`, "mi"));
  return m ? m[1] : null;
}

/** The JSON shown under "Response body", parsed (null if none/unparseable). */
function shownBody(text) {
  const from = text.indexOf("Response body");
  let to = text.indexOf("Response headers", from);
  if (to < 0) to = text.length;
  const section = text.slice(Math.max(from, 0), to);
  const start = section.indexOf("{");
  const end = section.lastIndexOf("}");
  if (start < 0 || end < start) return null;
  try {
    return JSON.parse(section.slice(start, end + 1));
  } catch {
    return null;
  }
}

function expectStatus(step, got, want, text) {
  if (got !== want) {
    const detail = text.replace(/\s+/g, " ").slice(0, 400);
    fail(`${step}: expected ${want}, Swagger UI shows ${got}. Response: ${detail}`);
  }
  ok(`${step} -> ${got}`);
}

async function run(page, { baseUrl, apiKey }) {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
  const title = `US may abandon peace mediation efforts (Swagger UI ${stamp})`;
  const editedTitle = `${title} (edited)`;

  // 1. load + authorize
  const resp = await page.goto(`${baseUrl}/swagger/index.html`, { waitUntil: "domcontentloaded", timeout: STEP_TIMEOUT })
    .catch((e) => fail(`open: cannot load ${baseUrl}/swagger (${e.message.split("\n")[0]})`));
  if (!resp || !resp.ok()) fail(`open: ${baseUrl}/swagger answered ${resp ? resp.status() : "nothing"}`);
  await page.locator(".opblock").first().waitFor({ state: "visible", timeout: STEP_TIMEOUT }).catch(async () => {
    const err = await page.locator(".errors-wrapper, .loading-container").allInnerTexts().catch(() => []);
    fail(`open: no operations rendered in Swagger UI ${err.length ? `(${err.join(" ").replace(/\s+/g, " ")})` : ""}`);
  });
  const opCount = await page.locator(".opblock").count();
  const uiTitle = (await page.locator(".info .title").first().innerText().catch(() => "?")).replace(/\s+/g, " ");
  ok(`open -> "${uiTitle}", ${opCount} operations shown`);

  await page.locator(".scheme-container button.authorize").click({ timeout: STEP_TIMEOUT })
    .catch(() => fail("authorize: no Authorize button (no security scheme in the document?)"));
  const modal = page.locator(".dialog-ux .modal-ux");
  await modal.waitFor({ state: "visible", timeout: STEP_TIMEOUT }).catch(() => fail("authorize: dialog did not open"));
  const bearer = modal.locator(".auth-container").filter({ hasText: /\(http, Bearer\)/i }).first();
  if ((await bearer.count()) === 0) {
    const shown = await modal.locator(".auth-container h4").allInnerTexts();
    fail(`authorize: no http bearer scheme in the dialog (shown: ${shown.join(", ")})`);
  }
  await bearer.locator("input#auth-bearer-value, input").first().fill(apiKey);
  await bearer.locator("button.authorize").click();
  // once authorized, the dialog swaps Authorize for "Logout" (aria-label "Remove authorization")
  await bearer.locator('button[aria-label="Remove authorization"], button:has-text("Logout")').first()
    .waitFor({ state: "visible", timeout: STEP_TIMEOUT })
    .catch(() => fail("authorize: the key was not accepted by the dialog (no Logout button)"));
  await modal.locator("button.btn-done, button.close-modal").first().click();
  await modal.waitFor({ state: "hidden", timeout: STEP_TIMEOUT }).catch(() => fail("authorize: dialog did not close"));
  ok("authorize -> Bearer key set");

  // 2. create
  const create = await openOperation(page, "Articles", "CreateArticle");
  await fillBody(create, "CreateArticle", {
    title,
    standfirst: "Washington signals it could step back from brokering talks between Russia and Ukraine.",
    body: "The United States may abandon its efforts to mediate.\n\n## Rubio's warning\n\nText.\n\n## What happens next\n\nText.",
    section: "international",
    authors: ["elena-marsh"],
    tags: ["Ukraine"],
    status: "draft",
  }, "application/json");
  const created = await execute(create, "CreateArticle");
  expectStatus("create", created.status, 201, created.text);
  const createdBody = shownBody(created.text);
  const location = shownHeader(created.text, "location");
  if (!createdBody) fail("create: the shown response body is not JSON");
  const id = createdBody.id;
  if (location && !location.endsWith(`/${id}`)) fail(`create: location ${location} does not end with the id ${id}`);
  const etag1 = shownHeader(created.text, "etag");
  if (!id) fail("create: no article id in the shown response body");
  if (!etag1) fail("create: no etag response header shown");
  if (createdBody.title !== title) fail(`create: shown title is "${createdBody.title}", expected "${title}"`);
  console.log(`   id=${id} etag=${etag1}${location ? ` location=${location}` : ""}`);

  // 3. publish (the workflow action, If-Match)
  const publish = await openOperation(page, "Articles", "PublishArticle");
  await fillParam(publish, "PublishArticle", "idOrSlug", "path", id);
  await fillParam(publish, "PublishArticle", "If-Match", "header", etag1);
  await fillBody(publish, "PublishArticle", {}, "application/json");
  const published = await execute(publish, "PublishArticle");
  expectStatus("publish", published.status, 200, published.text);
  const etagPublished = shownHeader(published.text, "etag");
  if (!etagPublished || etagPublished === etag1) fail(`publish: etag did not change (${etagPublished})`);
  const publishedBody = shownBody(published.text);
  if (publishedBody && publishedBody.status !== "published") fail(`publish: shown status is "${publishedBody.status}"`);

  // 4. patch (merge-patch, If-Match): retitle the published article
  const patch = await openOperation(page, "Articles", "PatchArticle");
  await fillParam(patch, "PatchArticle", "idOrSlug", "path", id);
  await fillParam(patch, "PatchArticle", "If-Match", "header", etagPublished);
  await fillBody(patch, "PatchArticle", { title: editedTitle }, "application/merge-patch+json");
  const patched = await execute(patch, "PatchArticle");
  expectStatus("patch", patched.status, 200, patched.text);
  const etag2 = shownHeader(patched.text, "etag");
  if (!etag2) fail("patch: no etag response header shown");
  if (etag2 === etagPublished) fail(`patch: etag did not change (${etag2})`);
  const patchedBody = shownBody(patched.text);
  if (patchedBody && patchedBody.status !== "published") fail(`patch: shown status is "${patchedBody.status}"`);
  console.log(`   etag=${etag2}`);

  // 5. get, in the UI (with the key) and as an anonymous reader would
  const get = await openOperation(page, "Articles", "GetArticle");
  await fillParam(get, "GetArticle", "idOrSlug", "path", id);
  const got = await execute(get, "GetArticle");
  expectStatus("get", got.status, 200, got.text);
  if (!got.text.includes(editedTitle)) fail(`get: the shown body does not contain "${editedTitle}"`);
  console.log(`   body shows "${editedTitle}"`);
  const anonymous = await page.request.get(`${baseUrl}/api/v1/articles/${id}`);
  if (anonymous.status() !== 200) fail(`anonymous get: expected 200 for the published article, got ${anonymous.status()}`);
  const anonymousBody = await anonymous.json();
  if (anonymousBody.title !== editedTitle) fail(`anonymous get: title is "${anonymousBody.title}"`);
  ok("anonymous get -> 200, published and retitled");

  // 6. delete (If-Match = etag from the patch), then get -> 404
  const del = await openOperation(page, "Articles", "DeleteArticle");
  await fillParam(del, "DeleteArticle", "idOrSlug", "path", id);
  await fillParam(del, "DeleteArticle", "If-Match", "header", etag2);
  const deleted = await execute(del, "DeleteArticle");
  expectStatus("delete", deleted.status, 204, deleted.text);

  const gone = await execute(get, "GetArticle");
  expectStatus("get after delete", gone.status, 404, gone.text);
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`FAILED: ${e.message}`);
    return 1;
  }
  const started = Date.now();
  const profile = mkdtempSync(join(tmpdir(), "swagger-editor-profile-"));
  let context;
  let page;
  let failure = null;
  let timedOut = false;
  let closing = null;
  // Bound the whole run: on expiry take the screenshot, close the browser (pending waits then throw)
  // and hard-exit shortly after if anything still hangs.
  const watchdog = setTimeout(async () => {
    timedOut = true;
    setTimeout(() => {
      console.error(`FAILED: the whole run took longer than ${args.timeoutMs / 1000} s`);
      process.exit(1);
    }, 10_000).unref();
    await page?.screenshot({ path: args.out, timeout: 5_000 }).then(() => console.log(`screenshot: ${args.out}`))
      .catch(() => {});
    closing = context?.close().catch(() => {});
  }, args.timeoutMs);
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      headless: true,
      viewport: { width: 1280, height: 900 },
      timeout: 30_000,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    }).catch((e) => fail(`launch: cannot start Chromium (${e.message.split("\n")[0]})`));
    context.setDefaultTimeout(STEP_TIMEOUT);
    page = context.pages()[0] ?? (await context.newPage());
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await run(page, args);
    if (timedOut) fail("timed out"); // (replaced by the timeout message below)
    if (pageErrors.length) console.log(`   (page errors seen: ${pageErrors.join(" | ")})`);
  } catch (e) {
    failure = timedOut
      ? `the whole run took longer than ${args.timeoutMs / 1000} s (last error: ${e.message.split("\n")[0]})`
      : e instanceof StepError ? e.message : `unexpected error: ${e.stack || e}`;
  } finally {
    if (page && !timedOut) {
      // the viewport, scrolled so the operation last worked on (and its live response) is in view
      if (lastBlock) {
        await lastBlock.locator(".live-responses-table, button.execute").first()
          .evaluate((el) => el.scrollIntoView({ block: "start" }), null, { timeout: 2_000 }).catch(() => {});
      }
      await page.screenshot({ path: args.out, fullPage: args.fullPage, timeout: STEP_TIMEOUT })
        .then(() => console.log(`screenshot: ${args.out}`))
        .catch((e) => console.error(`(no screenshot: ${e.message.split("\n")[0]})`));
    }
    await (closing ?? context?.close().catch(() => {}));
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // a leftover temp profile is not worth failing the run for
    }
    clearTimeout(watchdog);
  }
  if (failure) {
    console.error(`FAILED: ${failure}`);
    return 1;
  }
  console.log(`PASSED: Swagger UI editor flow in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

process.exit(await main());
