import Link from "next/link";
import { EmptyState } from "@/components/console/empty-state";
import { link } from "@/components/console/styles";

export default function WebhookEndpointNotFound() {
  return (
    <EmptyState title="This webhook endpoint does not exist." action={<Link href="/console/webhooks" className={link}>Back to all endpoints</Link>}>
      It may have been deleted (its delivery log goes with it), or the link is mistyped.
    </EmptyState>
  );
}
