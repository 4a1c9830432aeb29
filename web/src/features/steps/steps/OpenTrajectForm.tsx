/** Starts the guided route for a concern (the first step is always the safety check). */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading3, Paragraph } from "../../../components/nlds";
import { post } from "../../../lib/api";
import { TextareaField } from "../../youths/form/Field";
import { fieldId } from "../../youths/form/form-problems";
import { MutationProblems, problemsOf } from "../components/MutationProblems";
import { useRefreshYouth, youthPath } from "../queries";

const ID = "open-traject-";

export function OpenTrajectForm({
  youthId,
  onOpened,
}: {
  youthId: string;
  onOpened: (message: string) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshYouth(youthId);
  const [concern, setConcern] = useState("");
  const [attempt, setAttempt] = useState(0);
  const open = useMutation({
    mutationFn: () => post(youthPath(youthId, "trajects"), { concern: concern.trim() }),
    onSuccess: async () => {
      await refresh();
      setConcern("");
      onOpened(t("steps.open.done"));
    },
  });
  const problems = problemsOf(t, ID, ["concern"], open.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    open.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="iz-card iz-form" aria-labelledby={`${ID}title`}>
      <Heading3 id={`${ID}title`}>{t("steps.open.title")}</Heading3>
      <Paragraph>{t("steps.open.intro")}</Paragraph>
      <MutationProblems
        error={open.error}
        problems={problems}
        attempt={attempt}
        onReload={() => void refresh()}
      />
      <TextareaField
        id={fieldId(ID, "concern")}
        label={t("steps.open.concern")}
        description={t("steps.open.concernHint")}
        required
        rows={3}
        value={concern}
        error={problems.fields.concern}
        onChange={(e) => setConcern(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={open.isPending}>
        {t("steps.open.submit")}
      </Button>
    </form>
  );
}
