import { describe, expect, it } from "vitest";
import { budgetContext, takePrepaid, withBudget, withBudgetPriority } from "./budget-context";

describe("the budget context", () => {
  it("carries a priority through awaits, inner contexts winning", async () => {
    expect(budgetContext()).toBeUndefined();
    await withBudgetPriority("background", async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(budgetContext()?.priority).toBe("background");
      await withBudgetPriority("token", async () => expect(budgetContext()?.priority).toBe("token"));
      // An inner context that names no priority keeps the outer one.
      await withBudget({ deadline: 5 }, async () => expect(budgetContext()).toMatchObject({ priority: "background", deadline: 5 }));
    });
  });

  it("keeps the earlier of two deadlines", async () => {
    await withBudget({ deadline: 100 }, () => withBudget({ deadline: 200 }, async () => expect(budgetContext()?.deadline).toBe(100)));
    await withBudget({ deadline: 200 }, () => withBudget({ deadline: 100 }, async () => expect(budgetContext()?.deadline).toBe(100)));
  });

  it("hands out prepaid calls once each, also to inner contexts", async () => {
    expect(takePrepaid()).toBe(false);
    await withBudget({ priority: "background", prepaid: { left: 1 } }, async () => {
      await withBudget({ deadline: 1 }, async () => expect(takePrepaid()).toBe(true));
      expect(takePrepaid()).toBe(false);
    });
  });
});
