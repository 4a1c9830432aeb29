import { axe, launch, newPage } from "./browser.js";
const browser = await launch();
for (const lang of ["nl", "en"] as const) {
  const { page, context } = await newPage(browser, lang);
  page.on("console", (m) => console.log("console:", m.type(), m.text()));
  for (const p of ["/signals", "/signals/crim.forced-theft", "/signals/print", "/knowledge", "/knowledge/trafficking-vs-smuggling", "/contacts"]) {
    await page.goto(p);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForTimeout(300);
    const v = await axe(page);
    console.log(lang, p, await page.title(), JSON.stringify(v));
    if (lang === "nl") await page.screenshot({ path: `/tmp/cat-shots/${p.replace(/\W/g, "_")}.png`, fullPage: false });
  }
  await context.close();
}
await browser.close();
