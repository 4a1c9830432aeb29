/** One notification: "Nieuw" in text when unread, the sentence, the time, a link to the youth. */
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Paragraph, StatusBadge } from "../../components/nlds";
import { LevelBadge } from "../youths/components/LevelBadge";
import { formatDateTime } from "../youths/format";
import { notificationText } from "./notification-text";
import type { NotificationItem } from "./types";

/** A list item; `onOpen` marks it read when the user follows the link. */
export function NotificationRow({
  item,
  onOpen,
}: {
  item: NotificationItem;
  onOpen: (item: NotificationItem) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className={`iz-notification${item.read ? "" : " iz-notification--unread"}`}>
      <Paragraph className="iz-notification__text">
        {!item.read && (
          <>
            <StatusBadge className="iz-notification__new">
              {t("notifications.unread")}
            </StatusBadge>{" "}
          </>
        )}
        {notificationText(t, item)}
        {item.kind === "level_rise" && item.level !== null && (
          <>
            {" "}
            <LevelBadge level={item.level} />
          </>
        )}
      </Paragraph>
      <Paragraph className="iz-notification__meta">
        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
        {item.youth && (
          <>
            {" · "}
            <Link
              to={`/youths/${item.youth.id}`}
              className="iz-notification__link"
              onClick={() => onOpen(item)}
            >
              {t("notifications.openDossier", { name: item.youth.displayName })}
            </Link>
          </>
        )}
      </Paragraph>
    </li>
  );
}
