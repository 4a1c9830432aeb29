/**
 * "Signalen" — every signal of the youth, newest observation first, with who recorded it.
 * Retracted signals stay in the list. A school member sees only their own school's signals.
 */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, Button, Heading2, Paragraph } from "../../../components/nlds";
import { hasRole, useSession } from "../../../lib/session";
import { useCatalog } from "../../catalog/use-catalog";
import { useDossier } from "../../youths/dossier/dossier-context";
import { useHashFocus } from "../components/use-hash-focus";
import { useSignals } from "../queries";
import "../signals.css";
import "../../catalog/catalog.css";
import "../signals-i18n";
import { SignalCard } from "./SignalCard";
import { QueryState } from "../../../components/QueryState";

/** The signals tab of the dossier. */
export function SignalsTab() {
  const { t } = useTranslation();
  const dossier = useDossier();
  const { data: session } = useSession();
  const catalog = useCatalog();
  const query = useSignals(dossier.id);
  const signals = (query.data?.pages ?? []).flatMap((p) => p.items);
  const scope = query.data?.pages[0]?.scope ?? "all";
  const isLead = hasRole(session, "team_lead");
  useHashFocus(query.isSuccess);
  return (
    <section aria-labelledby="tab-signals" className="iz-sig-list">
      <Heading2 id="tab-signals">{t("signals.list.title")}</Heading2>
      {dossier.abilities["signal.create"] ? (
        <Paragraph>
          <Link
            to={`/youths/${dossier.id}/signals/new`}
            className="utrecht-button utrecht-button--primary-action iz-sig-button-link"
          >
            {t("signals.list.record")}
          </Link>
        </Paragraph>
      ) : null}
      {scope === "own_organisation" ? (
        <Alert type="info">
          <Paragraph>{t("signals.list.ownOrganisation")}</Paragraph>
        </Alert>
      ) : null}
      <QueryState pending={query.isPending} error={query.isError} />
      {query.isSuccess ? (
        <Paragraph role="status">{t("signals.list.count", { count: signals.length })}</Paragraph>
      ) : null}
      {signals.length > 0 ? (
        <ol className="iz-sig-cards">
          {signals.map((s) => (
            <li key={s.id}>
              <SignalCard
                youthId={dossier.id}
                signal={s}
                catalog={catalog.data}
                canRetract={s.recordedBy.id === session?.user.id || isLead}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {query.hasNextPage ? (
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t("signals.list.more")}
        </Button>
      ) : null}
    </section>
  );
}
