/**
 * Training records (issue 9): per-professional module progress, knowledge-check attempts with
 * per-question correctness, classroom trainings recorded by trainers, and an optional refresher
 * interval per organisation.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("training_progress")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("module_id", "varchar(60)", (c) => c.notNull())
    .addColumn("started_at", "varchar(32)", (c) => c.notNull())
    .addColumn("pages_viewed", "text", (c) => c.notNull())
    .addColumn("exercise_results", "text", (c) => c.notNull())
    .addColumn("best_score", "double precision")
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("completed_at", "varchar(32)")
    .addColumn("last_passed_at", "varchar(32)")
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("training_progress_user_module_uq")
    .on("training_progress")
    .columns(["user_id", "module_id"])
    .unique()
    .execute();
  await db.schema
    .createIndex("training_progress_org_idx")
    .on("training_progress")
    .columns(["organisation_id", "module_id"])
    .execute();

  await db.schema
    .createTable("training_quiz_attempts")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("progress_id", "varchar(36)", (c) => c.notNull().references("training_progress.id"))
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull())
    .addColumn("module_id", "varchar(60)", (c) => c.notNull())
    .addColumn("score", "double precision", (c) => c.notNull())
    .addColumn("correct_count", "integer", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("passed", "integer", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("training_quiz_attempts_progress_idx")
    .on("training_quiz_attempts")
    .column("progress_id")
    .execute();

  await db.schema
    .createTable("training_question_results")
    .addColumn("attempt_id", "varchar(36)", (c) =>
      c.notNull().references("training_quiz_attempts.id"),
    )
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull())
    .addColumn("module_id", "varchar(60)", (c) => c.notNull())
    .addColumn("question_id", "varchar(80)", (c) => c.notNull())
    .addColumn("chosen_option_id", "varchar(80)")
    .addColumn("correct", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("training_question_results_pk", ["attempt_id", "question_id"])
    .execute();
  await db.schema
    .createIndex("training_question_results_question_idx")
    .on("training_question_results")
    .columns(["module_id", "question_id"])
    .execute();

  await db.schema
    .createTable("training_classroom_sessions")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("organisation_id", "varchar(36)", (c) => c.notNull().references("organisations.id"))
    .addColumn("held_on", "varchar(10)", (c) => c.notNull())
    .addColumn("participants", "integer", (c) => c.notNull())
    .addColumn("title", "varchar(200)")
    .addColumn("recorded_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("training_classroom_sessions_org_idx")
    .on("training_classroom_sessions")
    .columns(["organisation_id", "held_on"])
    .execute();

  await db.schema
    .createTable("training_refresher_intervals")
    .addColumn("organisation_id", "varchar(36)", (c) =>
      c.primaryKey().references("organisations.id"),
    )
    .addColumn("months", "integer")
    .addColumn("updated_by", "varchar(36)", (c) => c.notNull().references("users.id"))
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("training_refresher_intervals").execute();
  await db.schema.dropTable("training_classroom_sessions").execute();
  await db.schema.dropTable("training_question_results").execute();
  await db.schema.dropTable("training_quiz_attempts").execute();
  await db.schema.dropTable("training_progress").execute();
}
