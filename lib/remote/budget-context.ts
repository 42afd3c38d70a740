import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { BudgetPriority } from "./budget-math";

// Who a Remote call is spent for, carried through the async call chain: a health-monitor refresh
// made deep inside lib/connections is spent as background without threading a parameter through
// every layer in between.

export type BudgetContext = {
  priority?: BudgetPriority;
  /** Absolute time (ms epoch) after which no spend in this context may still be waiting (e.g. a lease's end). */
  deadline?: number;
  /** Calls already spent for this context by its caller; the next spends use them up first. */
  prepaid?: { left: number };
};

const storage = new AsyncLocalStorage<BudgetContext>();

export function budgetContext(): BudgetContext | undefined {
  return storage.getStore();
}

/** Runs `fn` with `ctx` laid over the surrounding context (the earlier of two deadlines wins). */
export function withBudget<T>(ctx: BudgetContext, fn: () => Promise<T>): Promise<T> {
  const outer = storage.getStore();
  const deadline = outer?.deadline !== undefined && ctx.deadline !== undefined ? Math.min(outer.deadline, ctx.deadline) : (ctx.deadline ?? outer?.deadline);
  return storage.run({ priority: ctx.priority ?? outer?.priority, deadline, prepaid: ctx.prepaid ?? outer?.prepaid }, fn);
}

/** Every Remote call `fn` makes (token grants and API calls alike) is spent at `priority`. */
export function withBudgetPriority<T>(priority: BudgetPriority, fn: () => Promise<T>): Promise<T> {
  return withBudget({ priority }, fn);
}

/** Takes one prepaid call from the context, if it has one. */
export function takePrepaid(): boolean {
  const p = storage.getStore()?.prepaid;
  if (!p || p.left <= 0) return false;
  p.left--;
  return true;
}
