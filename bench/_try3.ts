import path from "node:path";
import { bundleSize, ENTRIES, installPeers, OPTIONAL_PEER_INTEGRATIONS } from "./bundle";
const scratch = path.join("/work/main", "bench/.peers");
installPeers(scratch);
console.log("bau", await bundleSize(ENTRIES.betterAuthUi, scratch, OPTIONAL_PEER_INTEGRATIONS));
console.log("clerk", await bundleSize(ENTRIES.clerk, scratch));
