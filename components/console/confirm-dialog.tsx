"use client";
import { useRef, type ReactNode } from "react";
import { btn } from "./styles";

type Props = {
  trigger: string;
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  disabled?: boolean;
};

/** A native modal dialog: focus moves in, Escape closes, focus returns to the trigger. */
export function ConfirmDialog({ trigger, title, children, confirm, onConfirm, disabled }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={btn.dangerGhost} onClick={() => ref.current?.showModal()} disabled={disabled}>
        {trigger}
      </button>
      <dialog ref={ref} aria-labelledby="confirm-title" className="m-auto w-full max-w-md rounded-xl p-0 shadow-xl backdrop:bg-slate-900/40">
        <form method="dialog" className="p-6">
          <h2 id="confirm-title" className="text-lg font-semibold text-slate-900">{title}</h2>
          <div className="mt-2 text-sm text-slate-700">{children}</div>
          <div className="mt-6 flex justify-end gap-2">
            <button value="cancel" className={btn.secondary} autoFocus>Cancel</button>
            <button value="confirm" className={btn.danger} onClick={() => onConfirm()}>{confirm}</button>
          </div>
        </form>
      </dialog>
    </>
  );
}
