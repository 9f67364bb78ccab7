import "server-only";
import { createSessionComponents, createSessionKit } from "session-kit/server";
import { auth } from "./auth";

export const kit = createSessionKit({ auth });
export const { getSession, isUserAdmin } = kit;
export const { Header, Show } = createSessionComponents(kit);
