"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { z } from "zod";
import { authenticatedActionClient, database, freshActionClient } from "../../../_lib/kit";

export const updateName = authenticatedActionClient
  .inputSchema(z.object({ name: z.string().trim().min(1, "Name is required").max(100, "Name is too long") }))
  .action(async ({ parsedInput, ctx }) => {
    await database.prisma.user.update({ where: { id: ctx.user.id }, data: { name: parsedInput.name } });
    revalidatePath("/", "layout");
    return { name: parsedInput.name };
  });

const emailInput = z.object({ email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address")) });

/** A sensitive change: the fresh client answers SESSION_NOT_FRESH to a sign-in older than DEMO_FRESH_MINUTES. */
export const changeEmail = freshActionClient.inputSchema(emailInput).action(async ({ parsedInput, ctx }) => {
  const taken = await database.prisma.user.findFirst({ where: { email: parsedInput.email, NOT: { id: ctx.user.id } }, select: { id: true } });
  if (taken) returnValidationErrors(emailInput, { email: { _errors: ["That email is already in use"] } });
  await database.prisma.user.update({ where: { id: ctx.user.id }, data: { email: parsedInput.email, emailVerified: false } });
  revalidatePath("/", "layout");
  return { email: parsedInput.email };
});
