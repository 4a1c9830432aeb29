/** Search by name or V-number; submitting puts the search in the URL (?q=). */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Textbox,
} from "../../../components/nlds";
import "../youths-i18n";

/** The search box of "Mijn jongeren". */
export function YouthSearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" onSubmit={submit} className="iz-youth-search iz-card">
      <FormField>
        <FormLabel htmlFor="youth-search">{t("youths.list.searchLabel")}</FormLabel>
        <FormFieldDescription id="youth-search-hint">
          {t("youths.list.searchHint")}
        </FormFieldDescription>
        <div className="iz-row">
          <Textbox
            id="youth-search"
            type="search"
            name="q"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="youth-search-hint"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t("youths.list.searchButton")}
          </Button>
          {q && (
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => {
                setValue("");
                onSearch("");
              }}
            >
              {t("youths.list.clearSearch")}
            </Button>
          )}
        </div>
      </FormField>
    </form>
  );
}
