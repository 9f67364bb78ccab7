import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "../../../_lib/kit";

export const { GET, POST } = toNextJsHandler(auth);
