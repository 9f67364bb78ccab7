import { betterAuth } from "better-auth";
import { sessionKit } from "session-kit/plugin";

export const auth = betterAuth({ emailAndPassword: { enabled: true }, plugins: [sessionKit()] });
