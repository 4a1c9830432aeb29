/**
 * Add a professional to the circle: search the directory by name or e-mail, pick one, choose
 * their relation to the youth (suggested from their role; see add-member-state.ts).
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CIRCLE_RELATIONS } from "../../values";
import { afterAdd, chooseRelation, NO_CHOICE, pickPerson } from "./add-member-state";
import { Button, Heading3 } from "../../../../components/nlds";
import { ApiError, post } from "../../../../lib/api";
import { ErrorSummary } from "../../../../components/ErrorSummary";
import { SelectField, TextField } from "../../form/Field";
import { fieldId, formProblems, localProblems } from "../../form/form-problems";
import { useProfessionals, youthKeys } from "../../queries";
import type { CircleMember } from "../../types";
import "../../youths-i18n";

const ID = "add-member-";

/** The add-member form; `onAdded(message)` reports success to the tab's live region. */
export function AddMemberForm({
  youthId,
  members,
  onAdded,
}: {
  youthId: string;
  members: CircleMember[];
  onAdded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const [choice, setChoice] = useState(NO_CHOICE);
  const { userId, relation } = choice;
  const [attempt, setAttempt] = useState(0);
  const [missing, setMissing] = useState<Record<string, string> | null>(null);
  const inCircle = new Set(members.filter((m) => !m.readOnly).map((m) => m.userId));
  const found = useProfessionals({ q }, q.length >= 2);
  const options = (found.data ?? []).filter((p) => !inCircle.has(p.id));
  const chosen = options.find((p) => p.id === userId);

  const add = useMutation({
    mutationFn: (v: { userId: string; relation: string; name: string }) =>
      post<{ id: string }>(`/api/youths/${youthId}/circle`, {
        userId: v.userId,
        relation: v.relation,
      }),
    onSuccess: async (_data, v) => {
      await qc.invalidateQueries({ queryKey: youthKeys.dossier(youthId) });
      onAdded(t("youths.circle.added", { name: v.name }));
      setSearch("");
      setChoice(afterAdd());
    },
  });
  const conflict = add.error instanceof ApiError && add.error.status === 409;
  const problems = missing
    ? localProblems(ID, missing)
    : formProblems(
        t,
        {
          ns: "youths.circle.fieldErrors",
          idPrefix: ID,
          fields: ["userId", "relation"],
          general: conflict ? t("youths.circle.alreadyMember") : undefined,
        },
        add.error,
      );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    if (!userId || !relation) {
      setMissing({
        ...(userId ? {} : { userId: t("youths.circle.fieldErrors.userId.default") }),
        ...(relation ? {} : { relation: t("youths.circle.fieldErrors.relation.default") }),
      });
      return;
    }
    setMissing(null);
    add.mutate({ userId, relation, name: chosen?.name ?? "" });
  };

  const pickHint =
    q.length < 2
      ? t("youths.circle.pickFirstSearch")
      : found.isPending
        ? t("common.loading")
        : t("youths.circle.pickCount", { count: options.length });

  return (
    <form
      onSubmit={submit}
      noValidate
      className="iz-card iz-form"
      aria-labelledby="add-member-title"
    >
      <Heading3 id="add-member-title">{t("youths.circle.addTitle")}</Heading3>
      <ErrorSummary items={problems.summary} attempt={attempt} />
      <TextField
        id={fieldId(ID, "search")}
        type="search"
        label={t("youths.circle.searchLabel")}
        description={t("youths.circle.searchHint")}
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <SelectField
        id={fieldId(ID, "userId")}
        label={t("youths.circle.pickLabel")}
        description={pickHint}
        error={problems.fields.userId}
        required
        value={userId}
        onChange={(e) =>
          setChoice(
            pickPerson(
              e.target.value,
              options.find((p) => p.id === e.target.value),
            ),
          )
        }
      >
        <option value="">{t("youths.circle.pickNone")}</option>
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {t("youths.circle.pickOption", {
              name: p.name,
              roles: p.roles.map((r) => t(`roles.${r}`)).join(", "),
              organisation: p.organisation.name,
            })}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={fieldId(ID, "relation")}
        label={t("youths.circle.relationLabel")}
        error={problems.fields.relation}
        required
        value={relation}
        onChange={(e) => setChoice(chooseRelation(choice, e.target.value))}
      >
        {relation === "" ? <option value="">{t("youths.circle.relationFirst")}</option> : null}
        {CIRCLE_RELATIONS.map((r) => (
          <option key={r} value={r}>
            {t(`youths.relation.${r}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" appearance="primary-action-button" disabled={add.isPending}>
        {t("youths.circle.addSubmit")}
      </Button>
    </form>
  );
}
