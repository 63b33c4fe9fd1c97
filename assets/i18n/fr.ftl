# Messages en français
language-name = Français
number-group = { "\u00A0" }
number-decimal = ,

## La ligne de commande

warning = avertissement : { $text }
no-such-language = aucun catalogue pour la langue « { $code } » (langues offertes : { $available })
cannot-write-output = impossible d'écrire la sortie : { $problem }
catalogue-bad-name = { $file } : ignoré : un catalogue porte le nom de sa langue, deux ou trois lettres minuscules (fr.ftl, es.ftl)
catalogue-unreadable = { $file } : ignoré : { $problem }
catalogue-syntax = { $file } : ligne { $line } : ignoré : { $problem }
catalogue-unknown-message = { $file } : ligne { $line } : ignoré : « { $id } » n'est pas un message de crs-planner (les identifiants sont dans assets/i18n/en.ftl)
