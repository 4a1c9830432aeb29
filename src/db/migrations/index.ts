/**
 * Every migration, in order. An explicit list (not a folder scan) so the same code runs from
 * TypeScript sources (tsx, vitest) and from the compiled dist/ build.
 */
import type { Migration, MigrationProvider } from "kysely";
import * as m0100 from "./20261129000100_create_organisations.js";
import * as m0200 from "./20261129000200_create_users.js";
import * as m0300 from "./20261129000300_create_sessions.js";
import * as m0400 from "./20261129000400_create_audit_log.js";
import * as m0500 from "./20261129000500_create_youths.js";
import * as m0600 from "./20261129000600_create_youth_locations.js";
import * as m0700 from "./20261129000700_create_circle_members.js";
import * as m0800 from "./20261129000800_create_access_grants.js";
import * as m0900 from "./20261129000900_create_signals.js";
import * as m1000 from "./20261129001000_create_vulnerabilities_and_judgements.js";
import * as m1100 from "./20261129001100_create_picture_history_and_notifications.js";
import * as m1200 from "./20261129001200_create_missing_episodes_and_safety_alerts.js";
import * as m1250 from "./20261129001250_create_api_tokens.js";
import * as m1400 from "./20261129001400_create_training.js";
import * as m1300 from "./20261129001300_create_trajects.js";
import * as m1310 from "./20261129001310_create_reports.js";
import * as m1320 from "./20261129001320_create_review_dates.js";
import * as m1330 from "./20261129001330_create_missing_protocol.js";
import * as m1340 from "./20261129001340_add_safety_alert_handling.js";
import * as m1410 from "./20261129001410_add_retractor_role_and_org.js";
import * as m1420 from "./20261129001420_add_picture_summary_columns.js";
import * as m1430 from "./20261129001430_widen_rules_version.js";
import * as sa0100 from "./20261207020100_create_login_limits.js";
import * as sa0200 from "./20261207020200_create_totp_enrolments.js";
import * as sa0300 from "./20261207020300_add_users_totp_last_step.js";
import * as sa0400 from "./20261207020400_add_audit_chains.js";
import * as m7030100 from "./20261207030100_rename_handover_note_columns.js";
import * as m7030200 from "./20261207030200_rename_plain_columns_to_enc.js";
import * as m7030300 from "./20261207030300_create_encryption_upgrades.js";
import * as m40000 from "./20261207040000_create_contact_checks.js";
import * as m40100 from "./20261207040100_add_traject_handover_on.js";
import * as uxm0000 from "./20261207060000_add_checklist_skip_reason.js";
import * as adm0100 from "./20261208000100_add_organisation_lifecycle.js";
import * as jobs0100 from "./20261210040100_create_jobs.js";
import * as mail0100 from "./20261210020100_create_mail_outbox.js";
import * as mail0110 from "./20261210020110_create_invitations.js";
import * as mail0120 from "./20261210020120_create_password_resets.js";
import * as mail0130 from "./20261210020130_create_notice_preferences.js";
import * as pat0100 from "./20261210070100_create_signal_entities.js";
import * as st0100 from "./20261210080100_create_statistics.js";
import * as stx0100 from "./20261212050100_create_statistics_export_cells.js";
import * as sso0100 from "./20261210030100_create_recovery_codes.js";
import * as usr0100 from "./20261210010100_add_users_version.js";
import * as usrui0100 from "./20261211010100_add_invitation_withdrawn_at.js";
import * as ret0100 from "./20261211040100_add_youth_closed_at.js";
import * as ret0200 from "./20261211040200_create_deletion_log.js";
import * as ret0300 from "./20261211040300_create_audit_anchors.js";
import * as ret0400 from "./20261211040400_create_retention_holds.js";

const migrations: Record<string, Migration> = {
  "20261129000100_create_organisations": m0100,
  "20261129000200_create_users": m0200,
  "20261129000300_create_sessions": m0300,
  "20261129000400_create_audit_log": m0400,
  "20261129000500_create_youths": m0500,
  "20261129000600_create_youth_locations": m0600,
  "20261129000700_create_circle_members": m0700,
  "20261129000800_create_access_grants": m0800,
  "20261129000900_create_signals": m0900,
  "20261129001000_create_vulnerabilities_and_judgements": m1000,
  "20261129001100_create_picture_history_and_notifications": m1100,
  "20261129001200_create_missing_episodes_and_safety_alerts": m1200,
  "20261129001250_create_api_tokens": m1250,
  "20261129001400_create_training": m1400,
  "20261129001300_create_trajects": m1300,
  "20261129001310_create_reports": m1310,
  "20261129001320_create_review_dates": m1320,
  "20261129001330_create_missing_protocol": m1330,
  "20261129001340_add_safety_alert_handling": m1340,
  "20261129001410_add_retractor_role_and_org": m1410,
  "20261129001420_add_picture_summary_columns": m1420,
  "20261129001430_widen_rules_version": m1430,
  "20261207020100_create_login_limits": sa0100,
  "20261207020200_create_totp_enrolments": sa0200,
  "20261207020300_add_users_totp_last_step": sa0300,
  "20261207020400_add_audit_chains": sa0400,
  "20261207030100_rename_handover_note_columns": m7030100,
  "20261207030200_rename_plain_columns_to_enc": m7030200,
  "20261207030300_create_encryption_upgrades": m7030300,
  "20261207040000_create_contact_checks": m40000,
  "20261207040100_add_traject_handover_on": m40100,
  "20261207060000_add_checklist_skip_reason": uxm0000,
  "20261208000100_add_organisation_lifecycle": adm0100,
  "20261210040100_create_jobs": jobs0100,
  "20261210020100_create_mail_outbox": mail0100,
  "20261210020110_create_invitations": mail0110,
  "20261210020120_create_password_resets": mail0120,
  "20261210020130_create_notice_preferences": mail0130,
  "20261210070100_create_signal_entities": pat0100,
  "20261210080100_create_statistics": st0100,
  "20261210030100_create_recovery_codes": sso0100,
  "20261210010100_add_users_version": usr0100,
  "20261211010100_add_invitation_withdrawn_at": usrui0100,
  "20261211040100_add_youth_closed_at": ret0100,
  "20261211040200_create_deletion_log": ret0200,
  "20261211040300_create_audit_anchors": ret0300,
  "20261211040400_create_retention_holds": ret0400,
  "20261212050100_create_statistics_export_cells": stx0100,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
