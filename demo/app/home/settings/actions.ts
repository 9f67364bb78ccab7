"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authenticatedActionClient, database } from "../../_lib/kit";

export const updateName = authenticatedActionClient
  .inputSchema(z.object({ name: z.string().trim().min(1, "Name is required").max(100, "Name is too long") }))
  .action(async ({ parsedInput, ctx }) => {
    await database.prisma.user.update({ where: { id: ctx.user.id }, data: { name: parsedInput.name } });
    revalidatePath("/", "layout");
    return { name: parsedInput.name };
  });
