export const dynamic = "force-dynamic";

export default function ConsolePage() {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Partner console</h1>
      <p className="mt-2 text-slate-600">Connected companies will appear here.</p>
    </section>
  );
}
