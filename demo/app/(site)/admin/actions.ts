"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminActionClient, endSessionsOfUser } from "../../_lib/kit";

/** An admin signs another user out of every device. */
export const endSessionsAction = adminActionClient
  .inputSchema(z.object({ userId: z.string().min(1) }))
  .action(async ({ parsedInput }) => {
    const ended = await endSessionsOfUser(parsedInput.userId);
    revalidatePath("/admin");
    return { ended };
  });
