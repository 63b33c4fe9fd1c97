cannot-write-output = impossible d'écrire la sortie : { $problem }
catalogue-bad-name = { $file } : ignoré : un catalogue porte le nom de sa langue, deux ou trois lettres minuscules (fr.ftl, es.ftl)
catalogue-unreadable = { $file } : ignoré : { $problem }
catalogue-syntax = { $file } : ligne { $line } : ignoré : { $problem }
catalogue-too-deep = { $file } : ligne { $line } : ignoré : des placeables imbriqués sur plus de { $most } niveaux
catalogue-bad-escape = { $file } : ligne { $line } : ignoré : un échappement \u prend 4 chiffres hexadécimaux et \U en prend 6 (\u00E9 pour é)
catalogue-parser-failed = { $file } : ignoré : l'analyseur Fluent n'a pas pu le lire ; vérifiez les échappements et les accolades du fichier
catalogue-unknown-message = { $file } : ligne { $line } : ignoré : « { $id } » n'est pas un message de crs-planner (les identifiants sont dans assets/i18n/en.ftl)

## Les commandes du planificateur : la valeur est le mot du bas d'écran, .help la ligne de l'aide

cmd-main-up =
    .help = champ ou gain précédent
cmd-main-down = aller
    .help = champ ou gain suivant
cmd-main-lower =
    .help = baisser la valeur choisie
cmd-main-raise = changer
    .help = monter la valeur choisie
cmd-main-enter = saisir/appliquer
    .help = saisir une valeur (IELTS 7,5) ; sur un gain : l'appliquer en hypothèse
cmd-main-next-panel = panneau
    .help = passer du profil aux gains et inversement
cmd-main-undo = annuler
    .help = annuler le dernier changement
cmd-main-redo =
    .help = rétablir
cmd-main-save = enregistrer
    .help = enregistrer (demande un nom la première fois)
cmd-main-save-as =
