import { Heading1, Paragraph } from "../components/nlds";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../components/PageTitle";

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <>
      <Heading1>{t("notFound.title")}</Heading1>
      <Paragraph>{t("notFound.body")}</Paragraph>
      <Paragraph>
        <Link to="/">{t("notFound.home")}</Link>
      </Paragraph>
    </>
  );
}
