/** A save on a missing episode: the mutation, its problems for a form, and the submit handler. */
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { patch, post } from "../../../lib/api";
import { problemsOf } from "../components/MutationProblems";
import { useRefreshYouth, youthPath } from "../queries";
import { clean, type Loose } from "../values";

export function useEpisodeAction(
  youthId: string,
  opts: { method: "POST" | "PATCH"; path: string; prefix: string; fields: string[]; done: string },
  onDone: (message: string) => void,
) {
  const { t } = useTranslation();
  const refresh = useRefreshYouth(youthId);
  const [attempt, setAttempt] = useState(0);
  const mutation = useMutation({
    mutationFn: (body: Loose) =>
      (opts.method === "POST" ? post : patch)(youthPath(youthId, opts.path), clean(body)),
    onSuccess: async () => {
      await refresh();
      onDone(t(opts.done));
    },
  });
  const problems = problemsOf(t, opts.prefix, opts.fields, mutation.error);
  /** Sends at once (a ticked checkbox saves without a submit button). */
  const send = (body: Loose) => {
    setAttempt((n) => n + 1);
    mutation.mutate(body);
  };
  const submit = (body: Loose) => (e: FormEvent) => {
    e.preventDefault();
    send(body);
  };
  return { mutation, problems, attempt, submit, send, refresh };
}
