import { bundleSize, ENTRIES, BUNDLE_PARTS } from "./bundle";
const r = await bundleSize(ENTRIES.kit, "/work/main");
console.log(r);
for (const [k, p] of Object.entries(BUNDLE_PARTS)) console.log(k, (await bundleSize(ENTRIES.kit, "/work/main", [], p)));
