import Link from "next/link";
import { EmptyState } from "@/components/console/empty-state";
import { link } from "@/components/console/styles";

export default function ConnectionNotFound() {
  return (
    <EmptyState title="This connection does not exist." action={<Link href="/console" className={link}>Back to all connections</Link>}>
      It may have been removed, or the link is mistyped. Search the connections table by company name or id.
    </EmptyState>
  );
}
