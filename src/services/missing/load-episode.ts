/** Loads one episode of a reachable youth for a change, or NOT_FOUND; refuses closed ones. */
import { findEpisode, type EpisodeRow } from "../../db/repositories/missing.repository.js";
import type { Db } from "../../db/repositories/youth.repository.js";
import { DomainError, notFound } from "../../domain/errors.js";
import { staleVersion } from "../steps/reach-for-step.js";

/** The episode when it exists, is not closed and has the version the user saw. */
export async function loadOpenEpisode(
  db: Db,
  youthId: string,
  episodeId: string,
  version: number,
): Promise<EpisodeRow> {
  const e = await findEpisode(db, youthId, episodeId);
  if (!e) throw notFound("missing episode");
  if (e.closed_at)
    throw new DomainError(
      "INVALID_TRANSITION",
      "This missing episode is closed. It stays in the history; a new disappearance is a new episode.",
    );
  if (e.version !== version) throw staleVersion("missing episode");
  return e;
}
