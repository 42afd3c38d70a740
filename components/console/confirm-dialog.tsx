"use client";
import { useId, useRef, type ReactNode } from "react";
import { btn } from "./styles";

type Props = {
  trigger: string;
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** danger: destructive (red); neutral: a change that can be undone. */
  tone?: "danger" | "neutral";
};

/** A native modal dialog: focus moves in, Escape closes, focus returns to the trigger. Ids are unique, so several fit on one page. */
export function ConfirmDialog({ trigger, title, children, confirm, onConfirm, disabled, tone = "danger" }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button type="button" className={tone === "danger" ? btn.dangerGhost : btn.secondary} onClick={() => ref.current?.showModal()} disabled={disabled}>
        {trigger}
      </button>
      <dialog ref={ref} aria-labelledby={titleId} className="m-auto w-full max-w-md rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40">
        <form method="dialog" className="p-6">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">{title}</h2>
          <div className="mt-2 space-y-2 text-sm text-slate-700">{children}</div>
          <div className="mt-6 flex justify-end gap-2">
            <button value="cancel" className={btn.secondary} autoFocus>Cancel</button>
            <button value="confirm" className={tone === "danger" ? btn.danger : btn.primary} onClick={() => onConfirm()}>{confirm}</button>
          </div>
        </form>
      </dialog>
    </>
  );
}
