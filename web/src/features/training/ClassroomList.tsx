/** The classroom trainings recorded most recently (trainers), so nothing is recorded twice. */
import { useTranslation } from "react-i18next";
import { Heading3, Paragraph, UnorderedList } from "../../components/nlds";
import { useClassroomTrainings } from "./training-api";

/** Lists the latest ten recorded classroom trainings. */
export function ClassroomList() {
  const { t, i18n } = useTranslation();
  const list = useClassroomTrainings(true);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" });
  if (!list.data) return null;
  return (
    <>
      <Heading3>{t("training.classroom.latest")}</Heading3>
      {list.data.items.length === 0 ? (
        <Paragraph>{t("training.classroom.none")}</Paragraph>
      ) : (
        <UnorderedList>
          {list.data.items.map((c) => (
            <li key={c.id}>
              {t("training.classroom.item", {
                date: date.format(new Date(`${c.heldOn}T12:00:00Z`)),
                organisation: c.organisationName,
                count: c.participants,
              })}
              {c.title ? ` — ${c.title}` : ""}
            </li>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
