# Messages en français. Terminologie d'IRCC : SCG, NCLC, Entrée express,
# ronde d'invitations, note limite, bassin, désignation provinciale, offre
# d'emploi réservé, époux ou conjoint de fait, note de passage, CEC, PTQF,
# PTMSF, PCP, EDE, CNP, FEER.
# Sources :
# - IRCC, « Instructions ministérielles concernant l'invitation à présenter
#   une demande… » (canada.ca/fr/immigration-refugies-citoyennete/organisation/
#   mandat/politiques-directives-operationnelles-ententes-accords/
#   instructions-ministerielles/entree-express-rondes.html) : SCG, bassin,
#   rondes d'invitations (générale, propre à des programmes, axée sur les
#   catégories), invitations envoyées, candidat invité le moins bien classé ;
# - le flux des rondes d'IRCC en français (canada.ca/content/dam/ircc/
#   documents/json/ee_rounds_4_fr.json) : noms des rondes (« Catégorie de
#   l'expérience canadienne », « Aucun programme spécifié ») ;
# - CIC, « Les six critères de sélection – Travailleurs qualifiés (fédéral) »
#   (cic.gc.ca/francais/immigrer/qualifie/demande-facteurs.asp) : note de
#   passage de 67 points sur 100, compétences en français ou en anglais ;
# - les intitulés des critères du SCG d'IRCC (facteurs de base liés au
#   capital humain, époux ou conjoint de fait qui accompagne, transférabilité
#   des compétences, désignation provinciale ou offre d'emploi réservé), tels
#   que cités par des pages publiques, le site d'IRCC n'étant pas joignable
#   d'ici.
language-name = Français
number-group = { "\u00A0" }
number-decimal = ,

## La ligne de commande

warning = avertissement : { $text }
no-such-language = aucun catalogue pour la langue « { $code } » (langues offertes : { $available })
locale-not-utf8 = la locale demande { $charset }, mais crs-planner n'écrit qu'en UTF-8 : les lettres accentuées et les signes peuvent s'afficher mal ; utilisez une locale UTF-8 (comme fr_CA.UTF-8)
cannot-write-output = impossible d'écrire la sortie : { $problem }
catalogue-bad-name = { $file } : ignoré : un catalogue porte le nom de sa langue, deux ou trois lettres minuscules (fr.ftl, es.ftl)
catalogue-unreadable = { $file } : ignoré : { $problem }
catalogue-syntax = { $file } : ligne { $line } : ignoré : { $problem }
catalogue-too-deep = { $file } : ligne { $line } : ignoré : des placeables imbriqués sur plus de { $most } niveaux
catalogue-bad-escape = { $file } : ligne { $line } : ignoré : un échappement \u prend 4 chiffres hexadécimaux et \U en prend 6 (\u00E9 pour é)
catalogue-parser-failed = { $file } : ignoré : l'analyseur Fluent n'a pas pu le lire ; vérifiez les échappements et les accolades du fichier
catalogue-unknown-message = { $file } : ligne { $line } : ignoré : « { $id } » n'est pas un message de crs-planner (les identifiants sont dans assets/i18n/en.ftl)

## Les commandes du planificateur : la valeur est le mot du bas d'écran, .help la ligne de l'aide

cmd-main-up = aller
    .help = champ ou gain précédent ({ $other } : suivant)
cmd-main-lower = changer
    .help = baisser la valeur choisie ({ $other } : la monter)
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
    .help = enregistrer sous un autre nom
cmd-main-open = ouvrir
    .help = ouvrir un scénario enregistré
cmd-main-new =
    .help = commencer un nouveau scénario
cmd-main-compare = comparer
    .help = comparer avec un scénario enregistré
cmd-main-draws = rondes
    .help = les rondes d'invitations face à votre note
cmd-main-plan = plan
    .help = les plans du moindre effort vers une note visée, et qui devrait présenter le profil
cmd-main-timeline = chronologie
    .help = chronologie : la note mois par mois sur trois ans
cmd-main-language = langue
    .help = changer de langue (English, français), choix retenu
cmd-main-gains-order = ordre
    .help = classer les gains par points, ou par points pour chaque point d'effort, choix retenu
cmd-main-help = aide
    .help = toutes les touches
cmd-main-quit = quitter
    .help = quitter (demande d'abord s'il y a des changements non enregistrés)
cmd-work-up = choisir
    .help = emploi précédent ({ $other } : suivant)
cmd-work-add = ajouter
    .help = ajouter un emploi
cmd-work-edit = modifier
    .help = modifier l'emploi choisi
cmd-work-end = finir auj.
    .help = terminer l'emploi choisi aujourd'hui (Entrée pour donner un autre jour)
cmd-work-remove = retirer
    .help = retirer l'emploi choisi (u sur l'écran principal le rétablit)
cmd-work-close = retour
    .help = revenir au planificateur
cmd-job-up = champ
    .help = champ précédent ({ $other } : suivant)
cmd-job-lower = changer
    .help = changer un choix (lieu, travail autonome, études)
cmd-job-raise =
    .help = changer un choix dans l'autre sens
cmd-job-erase =
    .help = effacer un caractère
cmd-job-confirm = enregistrer
    .help = sur Profession : en chercher une ; ailleurs : enregistrer l'emploi
cmd-job-cancel = annuler
    .help = laisser l'emploi tel qu'il était
cmd-occupation-up = choisir
    .help = profession précédente ({ $other } : suivante)
cmd-occupation-page-up = page
    .help = une page plus haut ({ $other } : plus bas)
cmd-occupation-erase =
    .help = effacer un caractère de la recherche
cmd-occupation-pick = prendre
    .help = prendre la profession choisie
cmd-occupation-cancel = annuler
    .help = garder la profession telle qu'elle était
cmd-draws-previous-category = catégorie
    .help = la catégorie précédente ({ $other } : la suivante) : le graphique et les rondes ne montrent qu'elle ; toutes d'abord
cmd-draws-plan-to = planifier
    .help = planifier vers les rondes de la catégorie choisie et sa dernière note limite
cmd-draws-update = mettre les rondes à jour
    .help = télécharger maintenant les rondes d'IRCC (le planificateur reste utilisable)
draws-updating = Téléchargement des rondes d'IRCC… (le planificateur reste utilisable)
draws-updating-already = Les rondes sont déjà en cours de téléchargement.
header-draws-age = ⚠ rondes vieilles de { $weeks } semaines (d, U)
header-draws-age-short = ⚠ {$weeks} sem. (U)
cmd-draws-up = défiler
    .help = faire défiler les rondes vers le haut ({ $other } : vers le bas)
cmd-draws-close = retour
    .help = revenir au planificateur
cmd-plan-erase = note visée
    .help = saisir une note visée (les plans suivent la saisie)
cmd-plan-chance = chance
    .help = après des chiffres, viser cette chance d'invitation dans l'année après la fin (50%)
cmd-plan-erase-2 =
    .help = effacer un chiffre de la note visée
cmd-plan-up = choisir
    .help = le plan précédent ({ $other } : le suivant)
cmd-plan-apply = appliquer
    .help = appliquer le plan choisi en hypothèse (u l'annule)
cmd-plan-close = retour
    .help = revenir au planificateur
cmd-compare-swap-a = changer
    .help = mettre un scénario enregistré du côté A ({ $other } : côté B)
cmd-compare-up = défiler
    .help = défiler vers le haut ({ $other } : vers le bas)
cmd-compare-close = retour
    .help = revenir au planificateur
cmd-draws-help = aide
    .help = toutes les touches de tous les écrans
cmd-plan-help = aide
    .help = toutes les touches de tous les écrans
cmd-compare-help = aide
    .help = toutes les touches de tous les écrans
cmd-timeline-help = aide
    .help = toutes les touches de tous les écrans
cmd-timeline-up = défiler
    .help = faire défiler les jours vers le haut ({ $other } : vers le bas)
cmd-timeline-page-up =
    .help = une page de jours vers le haut ({ $other } : vers le bas)
cmd-timeline-close = retour
    .help = revenir au planificateur
cmd-prompt-confirm = valider
    .help = valider (vérifié sur-le-champ)
cmd-prompt-erase = effacer
    .help = effacer un caractère
cmd-prompt-erase-word = effacer un mot
    .help = effacer le dernier mot saisi
cmd-prompt-erase-all = tout effacer
    .help = effacer tout ce qui a été saisi (le nom proposé aussi)
cmd-prompt-cancel = annuler
    .help = laisser tel quel
cmd-choice-up = choisir
    .help = la valeur au-dessus ({ $other } : celle du dessous)
cmd-choice-choose = prendre
    .help = prendre la valeur choisie (u l'annule)
cmd-choice-cancel = annuler
    .help = garder la valeur telle quelle
cmd-pick-up = choisir
    .help = le scénario précédent ({ $other } : le suivant)
cmd-pick-choose = ouvrir
    .help = prendre le scénario choisi
cmd-pick-cancel = annuler
    .help = laisser les choses telles quelles
cmd-confirm-yes = oui
    .help = continuer
cmd-confirm-save-first = enregistrer d'abord
    .help = enregistrer, puis continuer (si proposé)
cmd-confirm-no = non
    .help = ne rien changer
cmd-read-up = défiler
    .help = défiler vers le haut ({ $other } : vers le bas)
cmd-read-down-2 = fermer
    .help = fermer

## Touches et titres de l'aide

key-any = toute touche
key-enter = Entrée
key-esc = Échap
key-space = Espace
key-backspace = Retour arrière
key-page-up = PgUp
key-page-down = PgDn
key-tab = Tab
key-shift = Maj
help-main-screen = Écran principal
help-draws = Rondes
help-plans = Plans
help-compare = Comparaison
help-timeline = Chronologie
help-work-history = Antécédents de travail
help-job = Un emploi
help-occupation = Trouver une profession
help-typing = Saisir une valeur ou un nom
help-choosing = Choisir un scénario enregistré
help-choosing-value = Choisir une valeur (Entrée sur un champ à choix)
help-questions = Questions
help-reading = Aide et avis

## Le planificateur : lignes d'état, panneaux, fenêtres, formulaire

new-scenario = nouveau scénario
new-scenario-started = Nouveau scénario (u rétablit le précédent)
nothing-to-undo = Rien à annuler
nothing-to-redo = Rien à rétablir
not-saved = Non enregistré
not-saved-left-as-is = Non enregistré : le fichier sur le disque est resté tel quel
still-here = Toujours là : rien n'a été perdu
no-data-folder = Aucun dossier de données où enregistrer
state-is-a-folder = { $file } est un dossier : le planificateur ne peut noter ni le dernier fichier ouvert ni la langue choisie tant qu'il n'est pas déplacé
state-unreadable = { $file } est illisible ({ $problem }) : le dernier fichier ouvert et la langue choisie sont oubliés, et il sera remplacé par la prochaine note
no-saved-scenarios = Aucun scénario enregistré : s enregistre celui-ci
no-scenarios-to-swap = Aucun scénario enregistré à mettre à la place
starter = Un profil de départ : changez une valeur avec ←/→, ? donne toutes les touches
new-file-at = Nouveau fichier { $file } : un profil de départ ; s l'enregistre là.
choose-a-category = Choisissez une catégorie avec ←/→ pour planifier vers ses rondes
paste-ignored = Collage ignoré : il n'y a rien à saisir ici
could-not-open = Impossible d'ouvrir le scénario
file-left-as-is = Le fichier est resté exactement tel qu'il était.
job-added = Emploi ajouté
job-changed = Emploi modifié
job-removed = Emploi retiré (u sur l'écran principal le rétablit)
section-core-short = Base
section-spouse-short = Époux
section-transfer-short = Transfert
section-additional-short = Suppl.
score-title = Note
total-label = Total
with-spouse = avec époux
single = seul
no-categories-yet = Catégories : aucune avant le 2023-05-31
no-category = 0 catégorie
in-pool = Dans le bassin
not-in-pool = Hors du bassin
pool-not-known = Dans le bassin ? inconnu
gains-title = { $order ->
        [per-effort] Gains selon l'effort (Entrée applique)
       *[points] Plus grands gains (Entrée applique)
    }
gains-ordered = Gains classés { $order ->
        [per-effort] par points pour chaque point d'effort
       *[points] par points
    } ; g change, choix retenu
takes-months = { $months } mois
takes-years = { $years } ans
no-gains = Aucun changement ne monte plus cette note.
not-in-your-hands = Hors de votre portée :
crs-total = Note SCG
score-by-month = Note par mois
no-key-dates = Aucun jour de ces mois ne change la note.
key-dates = Dates clés
none = aucune
total-row = TOTAL
fields-that-differ = Champs qui diffèrent
factor = Facteur
no-draws = Aucune donnée de rondes n'est chargée.
every-category-chart = Notes limites du { $from } au { $to }, toutes catégories (désignations exclues : +600)
save-as-title = Enregistrer le scénario sous
save-copy-title = Enregistrer une copie sous
name-label = Nom :
pick-open = Ouvrir un scénario enregistré
pick-compare = Comparer avec
pick-side-a = Mettre du côté A
pick-side-b = Mettre du côté B
does-not-load = ne se charge pas
unsaved-changes = Changements non enregistrés
quit-anyway = Ce scénario a des changements non enregistrés. Quitter quand même ?
open-anyway = Ce scénario a des changements non enregistrés. En ouvrir un autre quand même ?
overwrite-title = Remplacer ?
not-in-noc-list = absente de la CNP
ongoing = en cours
self-employed = travail autonome
while-a-student = pendant les études
stated-years-win = Les années saisies dans le formulaire l'emportent sur le calcul (hypothèse) ; effacez-les pour recompter
no-jobs = Aucun emploi : a en ajoute un. L'admissibilité a besoin des antécédents de travail ; la note peut s'en passer.
empty-goes-on = vide : l'emploi continue
change-a-job = Modifier un emploi
add-a-job = Ajouter un emploi
finder-hint = une partie d'un titre, ou un code (2 chiffres : un grand groupe)
no-occupation = Aucune profession ne correspond.
mouse-heading = Souris
mouse = un clic choisit un champ ou un gain ; la molette fait défiler le panneau sous le pointeur
profile-title = Profil
plan-target = Plan · note visée
group-you = Vous
group-first-language = Première langue
group-second-language = Seconde langue
group-work = Travail
group-spouse = Époux ou conjoint de fait
group-extras = Autres
group-eligibility = Pour l'admissibilité
no-work-history = aucun (Entrée ajoute)
not-given = non indiqué
spouse-coming = vient, non canadien
spouse-not-coming = ne vient pas (0 point)
spouse-canadian = citoyen/RP (0 point)
offer-teer-0-group-00 = FEER 0 groupe 00
offer-teer-0-3 = FEER 0 à 3
age-from-birth-date = l'âge vient de la date de naissance : changez ou effacez la date de naissance
deadlines = Échéances

## Noms : études, tests, programmes, facteurs

education-less-than-secondary = moins qu'un diplôme d'études secondaires
education-secondary = diplôme d'études secondaires
education-one-year = postsecondaire d'un an
education-two-year = postsecondaire de deux ans
education-bachelors = baccalauréat ou programme de 3 ans et plus
education-two-or-more = deux titres ou plus, dont un de 3 ans et plus
education-masters = maîtrise / diplôme professionnel
education-doctoral = doctorat (PhD)
education-less-than-secondary-short = moins que secondaire
education-secondary-short = secondaire
education-one-year-short = diplôme d'un an
education-two-year-short = diplôme de 2 ans
education-bachelors-short = baccalauréat
education-two-or-more-short = deux titres ou plus
education-masters-short = maîtrise
education-doctoral-short = doctorat
canadian-education-none = aucun
canadian-education-one-or-two-year = un ou deux ans
canadian-education-three-year-or-more = trois ans ou plus
canadian-education-none-short = aucun
canadian-education-one-or-two-year-short = 1 ou 2 ans
canadian-education-three-year-or-more-short = 3 ans et plus
job-offer-none = aucune
job-offer-teer0-major00 = CNP FEER 0, grand groupe 00
job-offer-other = autre, FEER 0, 1, 2 ou 3
language-english = anglais
language-french = français
language-english-level = NCLC
language-french-level = NCLC
ability-listening = Compr. orale
ability-reading = Compr. écrite
ability-writing = Expr. écrite
ability-speaking = Expr. orale
language-test-clb = niveaux NCLC
language-test-ielts = IELTS General Training
language-test-celpip = CELPIP-General
language-test-pte = PTE Core
language-test-tef = TEF Canada
language-test-tcf = TCF Canada
program-fsw = Programme des travailleurs qualifiés (fédéral) (PTQF)
program-cec = Catégorie de l'expérience canadienne (CEC)
program-fst = Programme des travailleurs de métiers spécialisés (fédéral) (PTMSF)
program-fsw-short = PTQF
program-cec-short = CEC
program-fst-short = PTMSF
section-core = A. Facteurs de base / capital humain
section-spouse = B. Époux ou conjoint de fait
section-transferability = C. Transférabilité des compétences
section-additional = D. Points supplémentaires
factor-age = Âge
factor-education = Études
factor-first-language-ability-listening = 1re langue : compr. de l'oral
factor-first-language-ability-reading = 1re langue : compr. de l'écrit
factor-first-language-ability-writing = 1re langue : expression écrite
factor-first-language-ability-speaking = 1re langue : expression orale
factor-second-language = Seconde langue officielle
factor-canadian-experience = Expérience de travail au Canada
factor-spouse-education = Études de l'époux
factor-spouse-language = Première langue de l'époux
factor-spouse-canadian-experience = Expérience au Canada de l'époux
factor-education-combinations = Études + langue / exp. au Canada
factor-foreign-experience-combinations = Exp. étr. + langue / exp. Canada
factor-certificate-of-qualification = Certificat de compétence
factor-provincial-nomination = Désignation provinciale
factor-job-offer = Offre d'emploi réservé
factor-canadian-education = Diplôme d'études au Canada
factor-sibling-in-canada = Frère ou sœur au Canada
factor-french = Compétences en français
factor-section-cap = Au-delà du plafond de la section
slot-first = première langue
slot-second = seconde langue
slot-spouse = langue de l'époux

## Changements : ce que change un gain ou un plan

move-ability = { $owner ->
        [second] 2e langue, { $ability }
        [spouse] Époux, { $ability }
       *[first] { $ability }
    } { $levels } { $from } -> { $to }
move-levels = { $slot } à { $levels } { $to }
move-all-abilities = { $owner ->
        [spouse] Époux : { $levels } { $to } partout en { $language }
       *[other] { $levels } { $to } partout en { $language }
    }
move-new-result = { $owner ->
        [spouse] L'époux passe
       *[other] Passer
    } un test de { $language } : { $levels } { $to } aux quatre
plan-retake-when = { $step }, { $window ->
        [before] passé avant le { $by }
       *[between] passé entre le { $earliest } et le { $by }
    }
move-retake = { $owner ->
        [spouse] L'époux repasse
       *[other] Repasser
    } le test de { $language } ({ $how })
retake-again = { $levels } { $to } de nouveau
retake-raising = { $ability } à { $levels } { $to }
retake-all-to = { $levels } { $to } partout
declare-second-first = vous pouvez déclarer le { $language } comme première langue officielle : la note est alors { $total } au lieu de { $now }
move-declare-second-first = Déclarer le { $language } comme première langue officielle
move-canadian-experience = Expérience au Canada { $from } -> { $to ->
        [one] { $to } an
       *[other] { $to } ans
    }
move-foreign-experience = Expérience à l'étranger { $from } -> { $to ->
        [one] { $to } an
       *[other] { $to } ans
    }
move-education = Études : { $level }
move-canadian-education = Diplôme d'études au Canada, { $level }
move-certificate = Certificat de compétence (métier)
move-spouse-education = Études de l'époux : { $level }
move-spouse-canadian-experience = Expérience au Canada de l'époux { $from } -> { $to ->
        [one] { $to } an
       *[other] { $to } ans
    }
move-nomination = Désignation provinciale
move-job-offer = Offre d'emploi : { $offer }
move-sibling = Frère ou sœur au Canada (citoyen ou RP)
move-age = Âge { $from } -> { $to }

## Le planificateur : phrases avec des valeurs

opened = Ouvert : { $file }
opened-with-warning = Ouvert : { $file } ; { $warning }
saved = Enregistré : { $file }
not-saved-to = Non enregistré : { $file } : { $problem }
cannot-create = Impossible de créer { $folder } : { $problem }
last-gone = Le scénario ouvert la dernière fois n'existe plus ({ $file }) : un profil de départ à la place
gain-applied = Hypothèse : { $change } (+{ $points }) ; u l'annule
plan-applied = Hypothèse : plan { $number } appliqué (effort { $effort }, total { $total }) ; u l'annule
plan-applied-on = Hypothèse : plan { $number } appliqué (effort { $effort }) : { $total } le { $date }, jour où il est fini ({ $today } aujourd'hui) ; u l'annule
latest-cutoff = dernière note limite { $category } ({ $date })
opening-with-cutoff = { $rounds } : dernière note limite { $cutoff }
opening = { $rounds }
opening-silent = { $rounds } : aucune depuis { $year }
opening-silent-compact = { $rounds } (aucune depuis { $year })
opens = ouvre { $rounds }
work-changed = { $done } ; expérience comptée d'après les antécédents : Canada { $canadian }, étranger { $foreign } (avant : { $canadian_before } et { $foreign_before })

## Le formulaire : l'étiquette de chaque champ, et ce qu'IRCC entend par là

field-age = Âge
    .help = L'âge le jour de l'invitation (pas à l'entrée dans le bassin) ; 20 à 29 ans rapportent le plus
field-education = Études
    .help = Votre plus haut diplôme, évalué (EDE) s'il vient de l'étranger
field-canadian-education = Études au Canada
    .help = Un diplôme obtenu au Canada : à temps plein, en personne, au moins 8 mois
field-certificate = Certif. de métier
    .help = Un certificat de compétence dans un métier, délivré par une province ou un territoire
field-test = Test
    .help = Un test approuvé de moins de deux ans : IELTS, CELPIP, PTE Core, TEF ou TCF Canada
field-score = Résultat
    .help = Le résultat sur l'échelle du test ; le niveau NCLC qu'il donne est à droite
field-canadian-experience = Travail au Canada
    .help = Travail qualifié (FEER 0 à 3), rémunéré, à temps plein ou partiel équivalent au Canada, 10 dernières années
field-foreign-experience = Travail étranger
    .help = Travail qualifié (FEER 0 à 3), rémunéré, à temps plein ou partiel équivalent à l'étranger, 10 dernières années
field-spouse-present = Époux
    .help = Seul un époux qui vient au Canada et n'est ni citoyen ni RP rapporte des points
field-spouse-education = Études
    .help = Le plus haut diplôme de votre époux ou conjoint de fait
field-spouse-experience = Travail au Canada
    .help = Le travail qualifié et rémunéré de votre époux au Canada, 10 dernières années
field-nomination = Désignation
    .help = Une désignation provinciale ou territoriale par un volet Entrée express : +600
field-sibling = Frère/sœur ici
    .help = Un frère ou une sœur au Canada, 18 ans ou plus, citoyen ou RP
field-job-offer = Offre d'emploi
    .help = Une offre d'emploi réservé valide, là où les règles la comptent encore
field-work-history = Antécédents
compare-job = Antécédents · emploi { $number }
    .help = Chaque emploi avec sa CNP, son lieu, ses dates et ses heures : l'admissibilité en découle
field-funds = Fonds ($ CA)
    .help = L'argent que vous pouvez montrer pour vous établir, en dollars canadiens (PTQF et PTMSF l'exigent)
field-family-members = Taille famille
    .help = Vous, votre époux ou conjoint de fait et vos enfants à charge, même ceux qui ne viennent pas
field-authorized-to-work = Permis travail
    .help = Autorisé à travailler au Canada maintenant (avec une offre d'emploi, pas de preuve de fonds)
field-education-assessed = EDE (études)
    .help = Une évaluation des diplômes d'études (EDE) d'un diplôme étranger
field-study-years = Études ici (ans)
    .help = Années d'études postsecondaires à temps plein au Canada (capacité d'adaptation, PTQF)
field-spouse-study-years = Études ici (ans)
    .help = Années d'études postsecondaires à temps plein au Canada (capacité d'adaptation, PTQF)
field-relative = Famille au Canada
    .help = Un parent au Canada, 18 ans ou plus, citoyen ou RP (capacité d'adaptation, PTQF)
field-quebec = Vit au Québec
    .help = Le Québec choisit ses immigrants : aucun programme d'Entrée express ne s'applique
field-birth-date = Naissance
    .help = Avec une date de naissance, chaque jour est noté à son âge : les anniversaires paraissent dans la chronologie
field-test-date = Date du test
    .help = Un résultat compte deux ans à partir de la date du test ; ensuite il ne rapporte rien
field-spouse-age = Âge
    .help = L'âge de votre époux, pour noter le ménage avec votre époux comme demandeur
field-submitted = Profil soumis
    .help = Quand votre profil Entrée express a été soumis : à égalité à la note limite, le plus ancien passe
field-work-permit = Fin du permis
    .help = Le dernier jour de votre permis de travail : le travail au Canada cesse de compter après, et les plans et les perspectives en tiennent compte
field-assessed-on = EDE délivrée
    .help = Quand votre évaluation des diplômes a été délivrée : elle vaut cinq ans
field-spouse-foreign-experience = Travail étranger
    .help = Ce que votre époux apporterait comme demandeur principal (la comparaison du ménage)
field-spouse-certificate = Certif. de métier
    .help = Ce que votre époux apporterait comme demandeur principal (la comparaison du ménage)
field-spouse-canadian-education = Études au Canada
    .help = Ce que votre époux apporterait comme demandeur principal (la comparaison du ménage)
hint-funds = dollars canadiens que vous pouvez montrer ; rien : non indiqué
hint-family-members = personnes de la famille, vous compris ; rien : d'après le profil
hint-study-years = années d'études à temps plein au Canada ; rien : d'après les études au Canada
hint-date = un jour écrit AAAA-MM-JJ ; rien : non indiqué
hint-spouse-age = années entières ; rien : non indiqué
hint-whole-number = un nombre entier
age-from-birth = { $age } (né le { $birth })
jobs = { $count ->
        [one] { $count } emploi (Entrée modifie)
       *[other] { $count } emplois (Entrée modifie)
    }
from-profile = { $count } (d'après le profil)
from-study = { $years } (d'après les études au Canada)
from-spouse-study = { $years } (d'après les études de l'époux)
expired = { $test } (expiré le { $date })
plan-by-month = Plan { $number } mois par mois : { $first } maintenant, { $last } dans { $months } mois (au plus { $high })
percent = { $value } %
outlook-line = Invitation : { $chance } d'ici 6 mois · le mieux : { $rounds }
outlook-line-none = Invitation : aucune ronde qui vous est ouverte n'atteint cette note ces derniers temps
outlook-by-kind = D'ici 6 mois, par ronde qui vous est ouverte : { $kinds }
outlook-by-kind-unforeseen = rondes imprévues { $chance }
outlook-by-kind-none = D'ici 6 mois : aucune ronde qui vous est ouverte n'a eu lieu
rounds-open = { $rounds } ouvertes
outlook-after = Ensuite : { $chance } dans les 6 mois ({ $rounds } : le mieux)
outlook-after-none = Ensuite : aucune ronde qui vous serait ouverte ne l'atteint ces derniers temps
rounds-until = rondes connues jusqu'au { $date } seulement

## Genres de rondes et catégories

rounds-all = rondes ouvertes à tous les programmes
rounds-pnp = rondes du Programme des candidats des provinces
rounds-cec = rondes de la CEC
rounds-fsw = rondes du PTQF
rounds-fst = rondes du PTMSF
rounds-category = rondes { $category }
category-french = Compétence linguistique en français
category-healthcare = Professions des soins de santé et des services sociaux
category-stem = Professions en sciences, technologies, génie et mathématiques (STGM)
category-trades = Métiers
category-transport = Professions du domaine des transports
category-agriculture = Professions de l'agriculture et de l'agroalimentaire
category-education = Professions de l'éducation
category-physicians = Médecins ayant une expérience de travail au Canada
category-researchers = Chercheurs ayant une expérience de travail au Canada
category-senior-managers = Cadres supérieurs ayant une expérience de travail au Canada
category-military = Recrues militaires qualifiées

## Les panneaux du planificateur

modified = modifié
rules-id = règles { $id }
rules-id-title = Règles { $id }
error-prefix = Erreur :
compare-title = Comparaison · A : { $a }  contre  B : { $b } · règles { $rules }
profiles-same = (aucun : les profils sont identiques)
chart-latest-cutoff = { $category } : dernière note limite { $cutoff } ({ $date }{ $years ->
        [0] {""}
        [1] , il y a un an
       *[other] , il y a { $years } ans
    })
pool-position = Votre { $total } : environ { $ahead } devant vous sur { $pool } : vous devancez { $percent } % ({ $date })
pool-position-none = Votre { $total } : aucune répartition du bassin n'a été publiée
rounds-six-months = Rondes des six derniers mois (✓ { $total } l'atteint, ✗ non admissible, ? inconnu)
rounds-of-category = Rondes { $category } (✓ { $total } l'atteint, ✗ non admissible, ? inconnu)
yes = oui
no = non
categories-line = Catégories (listes { $version }) : { $listed }
plan-now = maintenant { $current } · règles { $rules }
overwrite-changed-on-disk = { $file } a changé sur le disque depuis son ouverture ou son enregistrement : l'écraser ?
overwrite-open-file = Ce nom est celui du fichier ouvert, { $file } : l'écraser ?
overwrite-exists = { $file } est un autre scénario enregistré : le remplacer ?
timeline-title = Chronologie depuis le { $from } : { $first } maintenant, { $last } dans { $months } mois si rien d'autre ne change
place-canada = Canada
place-abroad = étranger
place-in-canada = au Canada
hours-a-week-short = h/sem
work-title = Antécédents de travail · expérience comptée au { $date } : Canada { $canadian }, étranger { $foreign } ans
finder-title = Trouver une profession · { $version } · { $found } sur { $all }
too-small = Le terminal fait { $width } ; crs-planner demande au moins { $least }. Agrandissez-le, ou appuyez sur q pour quitter.

## Noms courts des rondes du flux d'IRCC

draw-all-programs = Tous les programmes
draw-provincial-nominee = Candidats des prov.
draw-canadian-experience = Expérience canadienne
draw-federal-skilled-worker = Travailleurs qualifiés
draw-federal-skilled-trades = Métiers spécialisés
draw-french = Français
draw-healthcare = Santé et services sociaux
draw-stem = STGM
draw-trades = Métiers
draw-transport = Transports
draw-agriculture = Agriculture
draw-education = Éducation
draw-senior-managers = Cadres supérieurs
draw-physicians = Médecins
draw-researchers = Chercheurs
draw-military = Recrues militaires
years = { $count ->
        [one] { $count } an
       *[other] { $count } ans
    }

## Le formulaire d'un emploi

job-occupation = Profession
job-place = Lieu
job-from = Premier jour
job-to = Dernier jour
job-hours = Heures par semaine
job-self-employed = Travail autonome
job-student = Pendant des études à temps plein
job-enter-to-find = Entrée pour en trouver une
job-first-day-hint = le premier jour, AAAA-MM-JJ
job-before-first-day = avant le premier jour ({ $from })
job-not-a-date = pas une date
job-not-a-number = pas un nombre
job-not-a-date-hint = pas une date (AAAA-MM-JJ, de 1900 à 2200)
job-hours-range = heures rémunérées par semaine, de 1 à { $most }
language-switched = Langue : { $name } (L change ; choix retenu pour la prochaine fois)
language-not-remembered = La langue n'a pas pu être notée pour la prochaine fois : { $problem }

## Zones de note

zone-below-450 = moins de 450
zone-front = en tête du bassin
zone-competitive = milieu concurrentiel : entrez dans le bassin et renseignez-vous sur les désignations
zone-strategic = zone stratégique : désignations et rondes par catégorie
zone-below-450-advice = montez la note ou visez une désignation provinciale

## Exigences non remplies

unmet-quebec = vous comptez vivre au Québec, qui choisit ses immigrants : aucun programme d'Entrée express ne s'applique
unmet-work-history = Antécédents vides : ajoutez vos emplois pour connaître { $program ->
        [cec] la CEC (ses heures au Canada)
        [fsw] le PTQF (son emploi qualifié continu)
        [fst] le PTMSF (ses heures dans un métier)
       *[none] ceci
    }
unmet-hours = { $have_months } mois sur { $need_months } ({ $have_hours ->
        [one] { $have_hours } heure
       *[other] { $have_hours } heures
    } sur { $need_hours }) { $kind ->
        [canadian] de travail qualifié au Canada (FEER 0 à 3)
        [one-skilled-job] dans un seul emploi qualifié continu (FEER 0 à 3)
        [trade] dans un seul métier spécialisé
        [listed-job] de travail continu dans une profession de la liste
       *[listed-occupation] dans une profession de la liste{ $in_canada ->
            [yes] , au Canada
           *[no] {""}
        }
    } au cours des { $years } dernières années
unmet-hours-met-on = { $counted } ; { $months } le { $date } si votre emploi continue
unmet-language-best = la compétence la plus faible de votre meilleur résultat valide est { $level }
unmet-language-no-result = vous n'avez aucun résultat valide
unmet-french-best = la compétence la plus faible de votre meilleur résultat en français est { $level }
unmet-french-none = vous n'en avez aucun
unmet-language-all-four = NCLC { $level } dans les quatre compétences : { $best }
unmet-language-cec = NCLC { $level } dans les quatre compétences ({ $lower } avec un an de travail au Canada en FEER 2 ou 3) : { $best }
unmet-language-trades = NCLC { $listening } en compréhension de l'oral, { $speaking } en expression orale, { $reading } en compréhension de l'écrit et { $writing } en expression écrite dans un même résultat : { $best }
unmet-language-french = NCLC { $level } dans les quatre compétences d'un résultat valide en français : { $best }
unmet-education = un diplôme d'études secondaires ou plus
unmet-education-assessed = une évaluation des diplômes d'études (EDE) d'un diplôme étranger (EDE (études) vaut non)
unmet-grid-points = { $need } points sur 100 à la grille du PTQF : vous en avez { $have }
unmet-funds-unknown = fonds d'établissement non indiqués (Fonds ($ CA)) : le { $program } exige { $need } $ CA pour une famille de { $family }, sauf si vous pouvez travailler au Canada et avez une offre d'emploi
unmet-funds = preuve de fonds : { $need } $ CA pour une famille de { $family } ; vous avez { $have } (il manque { $short })
unmet-offer-or-certificate = une offre d'emploi ou un certificat de compétence dans le métier délivré par une autorité canadienne
unmet-not-in-pool = dans le bassin : aucun programme (PTQF, CEC, PTMSF) ne s'applique
unmet-not-in-pool-unknown = dans le bassin : on ne sait pas si un programme (PTQF, CEC, PTMSF) s'applique
draws-shipped = fournies avec crs-planner
draws-imported = importées ({ $file })
draws-downloaded = téléchargées, vérifiées le { $date }
draws-describe = rondes jusqu'au { $date } (ronde { $round }), { $source }
chart-not-drawn = { $count ->
        [one] 1 autre type non tracé (←/→ en trace un)
       *[other] { $count } autres types non tracés (←/→ en trace un)
    }
chart-you = Vous { $total }
column-date = Date
column-round = Ronde
column-category = Catégorie
column-size = Invit.
column-cutoff = Note lim.
keys-title = Touches

## Le détail de la note en ligne de commande

below-level-4 = moins de { $levels } 4
years-old = { $age } ans
no-test = aucun test
detail-education-combinations = { $levels } le plus faible { $lowest }, { $canadian } au Canada
detail-abroad = { $years } à l'étranger
detail-lowest-nclc = NCLC le plus faible { $level }
detail-no-french = aucun résultat en français
detail-above-cap = points au-delà du plafond
household-with-spouse = avec un époux ou conjoint de fait qui accompagne
household-single = seul (sans époux qui accompagne)
rule-set-scored = Règles { $id } ({ $title }), note calculée { $household }
languages = Langues
expired-earns-nothing = { $result } (expiré le { $date } : ne rapporte rien)
slot-first-short = 1re :
slot-second-short = 2e :
slot-spouse-short = Époux :
not-scored-no-spouse = non noté : aucun époux ou conjoint de fait qui accompagne
not-scored-under = non noté selon les règles { $id }
zone-line = Zone { $range } : { $advice }
language-line = { $language }, { $test } : { $parts }

## L'admissibilité en ligne de commande

unknown = inconnu
eligibility-title = Admissibilité au { $date } - { $title }
pool-yes = oui ({ $programs })
pool-no = non : aucun programme ne s'applique
pool-unknown = inconnu : voir plus bas ce qui manque
in-the-pool = Dans le bassin : { $answer }
years-counted = comptée d'après les antécédents de travail
years-stated = telle que le fichier l'indique
years-stated-over-history = telles que le fichier les indique, pour la note ; programmes et catégories suivent l'historique de travail, qui compte { $canadian } au Canada et { $foreign } à l'étranger
experience-line = Expérience : { $canadian } au Canada, { $foreign } à l'étranger ({ $source })
programs = Programmes
grid-second-as-first = Le PTQF compte votre seconde langue officielle comme première (la première seule n'atteint pas le minimum) : déclarez-la en premier dans votre profil
grid-points = { $total } points sur 100, note de passage { $pass } : { $rows }
categories-in-force = Catégories (listes { $version }, en vigueur depuis le { $date })
grid-factor = { $factor ->
        [language] langues
        [education] études
        [experience] expérience
        [age] âge
        [arranged_employment] emploi réservé
       *[adaptability] capacité d'adaptation
    } { $points }/{ $max }
reason-of = { $program } : { $reason }

## Les plans

plan-title = { $title } : { $current } maintenant, cible { $target } (règles { $rules })
plan-title-chance = { $title } : { $current } maintenant (règles { $rules })
plan-title-from = { $title } : { $current } maintenant, cible { $target }, { $from } (règles { $rules })
plan-target-from = la note limite de la dernière ronde « { $category } » (ronde { $round }, { $date })
plan-no-rounds-of = --target-category : aucune ronde « { $category } »
plan-give-target = indiquez --target N ou --target-category C
plan-not-known-yet = On ne sait pas encore si vous pouvez être dans les { $rounds } :
plan-also-need = Pour être dans les { $rounds }, il vous faut aussi :
plan-no-move-opens = Aucun changement possible ici ne vous les ouvre ; avec tous les changements faits, il manque encore :
plan-already-there = Objectif atteint : { $current } est égal ou supérieur à { $target }.
plan-out-of-hands = Hors de votre portée : tous les changements possibles ensemble donnent { $reachable }, en deçà de { $target }.
plan-on-the-way = en chemin, d'ici là (anniversaires, résultats échus, expérience acquise)
plan-safety-limit = La recherche s'est arrêtée à sa limite de sécurité : voici les meilleurs plans trouvés, sans preuve qu'ils soient les moins coûteux.
plan-effort-note = Effort = mois x difficulté (1 à 5) de chaque étape (rules/effort.json ; votre copie dans le dossier de configuration l'emporte) ; des étapes peuvent se faire en parallèle. Seuls les plans qu'aucun autre ne bat en effort, en date de fin, en note et en rondes ouvertes sont montrés (--all montre les autres).
plan-wait-until = attendre le { $date }
plan-done-on = fait le { $date } ({ $months } mois)
plan-about-months = environ { $months } mois
plan-heading = Plan { $number } · effort { $effort } · { $when } · atteint { $total } ({ $gain }){ $best ->
        [no] { " · un autre plan fait mieux" }
       *[yes] {""}
    }
plan-heading-chance = { $heading } · { $chance } de chances
plan-chance-asked = Objectif : { $least } de chances d'une invitation dans les { $within } mois après la fin (aujourd'hui { $now })
plan-chance-met = Déjà atteint : la chance d'une invitation dans les { $within } mois est aujourd'hui de { $now }, au moins les { $least } demandés
plan-chance-out-of-reach = Aucun plan à votre portée n'atteint cette chance dans le temps donné : les rondes auxquelles vous pourriez participer n'atteignent pas assez souvent les notes à votre portée dans les { $within } mois.
plan-chance-typed = Saisir une chance de 1 à 100 avant % : 50% vise une chance sur deux d'invitation
plan-chance-no-draws = Une chance demande les données des rondes : d ouvre les rondes, U y les met à jour
plan-nomination-heading = Avec une désignation provinciale (qui ne dépend pas de vous seul) · effort { $effort } · atteint { $total }
plan-step = { $label }  (effort { $effort }, { $months } mois)
plan-still-not-known = Reste inconnu : { $reasons }
household-spouse-more = Avec votre époux ou conjoint de fait comme demandeur principal, le ménage obtient { $total } : { $difference } de plus. Envisagez de présenter la demande ainsi.
household-spouse-same = Avec votre époux ou conjoint de fait comme demandeur principal, le ménage obtient aussi { $total }.
household-spouse-fewer = Avec votre époux ou conjoint de fait comme demandeur principal, le ménage obtient { $total } : { $difference } de moins ; restez demandeur principal.
household-spouse-missing = Pour comparer avec votre époux ou conjoint de fait comme demandeur principal, indiquez { $missing }.
household-languages-swapped = Votre deuxième langue officielle rapporte plus comme première : déclarée ainsi, la note totale est { $total } (+{ $gain }).
missing-spouse-age = l'âge de l'époux ou conjoint de fait
missing-spouse-language = les résultats linguistiques de l'époux ou conjoint de fait

## Les rondes sur la ligne de commande

not-eligible = non admissible
not-known = inconnu
draws-no-data-folder = aucun dossier de données où garder les rondes
draws-imported-into = { $count } rondes importées, jusqu'au { $date } (ronde { $round }), dans { $file } ; elles servent dès maintenant.
kind-unknown = { $option } : « { $given } » n'est pas un type de ronde ; attendu l'un de { $keys }
kind-did-you-mean = { $said } ; vouliez-vous dire { $suggestion } ?
draws-heading = Rondes d'invitations d'IRCC : { $data }
draws-rounds-since = Rondes depuis le { $date }{ $window ->
        [six-months] { " (les six derniers mois de données)" }
       *[given] {""}
    } : { $count }
draws-col-you = Vous
draws-col-list = Liste
draws-col-invited = Invités
draws-category-lists = { $category } (listes de { $version })
draws-closed-heading = Rondes où vous ne pouviez pas être, et pourquoi :
draws-standings-heading = Note { $score } face aux { $last } dernières rondes de chaque catégorie :
draws-col-invited-in = Invité dans
draws-col-latest-cutoff = Dernière note limite
draws-col-gap = Écart
draws-invited-in = { $invited } sur { $rounds }
draws-pnp-note = Les notes limites des candidats des provinces comprennent les 600 points d'une désignation.
draws-eligible-note = Les rondes de programme et de catégorie n'invitent que les candidats admissibles (CEC : { $cec } mois
    d'expérience au Canada ; français : NCLC { $french } aux quatre compétences ; professions : { $months } mois de travail dans l'une, listes { $version }).
draws-pool = Bassin au { $date } (publié avec la ronde { $round }) : environ { $ahead } candidats devant { $score }, les premiers { $percent } % sur { $total }.
labelled = { $label } : { $value }
unmet-nomination = une désignation provinciale
unmet-no-list-on = aucune liste de catégories n'était en vigueur le { $date }
unmet-no-such-category = les listes de { $version } n'ont pas de catégorie { $key }
category-military-condition = il faut une offre d'emploi des Forces armées canadiennes, ce qu'un scénario n'indique pas

## Les perspectives sur la ligne de commande

outlook-stale = la ronde la plus récente connue date du { $until }, plus de 8 semaines avant le { $date } : la prévision ne connaît rien de plus récent (crs-planner draws --update apporte les rondes plus récentes)
outlook-give-scenario = indiquez un scénario FICHIER, ou --score N --eligible TYPES
outlook-title = Perspectives pour { $score } au { $date }, d'après les rondes jusqu'au { $until } :
outlook-warning = Avertissement : { $text }
outlook-within = { $chance } d'ici { $months } mois
outlook-in = { $chance } en { $months }
outlook-any = Toute ronde qui vous est ouverte : { $chances }
outlook-wait = Attente prévue : { $months ->
        [0] moins d'un mois
        [one] environ 1 mois
       *[other] environ { $months } mois
    }
outlook-wait-long = Attente prévue : plus de dix ans au rythme récent
outlook-none-held = Aucune ronde qui vous est ouverte n'a eu lieu avant le { $date }.
outlook-kind-rounds = { $count ->
        [one] { $count } ronde
       *[other] { $count } rondes
    } du { $from } au { $to }, dernière note limite { $cutoff }
outlook-assumed = Comptés comme ouverts sans que ce soit connu (ajoutez les antécédents de travail pour le savoir) : { $kinds }
outlook-unknown = Laissés de côté, faute de savoir s'ils vous sont ouverts : { $kinds } (ajoutez ce que l'admissibilité demande)
outlook-on-the-past = Hors échantillon (prévisions depuis le { $from }, le modèle de chaque année ajusté sur ce qui était connu avant elle ; `outlook --backtest`) : son score de Brier vaut { $ratio } fois celui de « comme les 6 derniers mois » (intervalle à 95 % de { $low } à { $high } ; plus bas est meilleur). Qu'un type de ronde ait lieu ou non relève de la politique, que les rondes ne peuvent pas prévoir.
outlook-before-permit = Avant la fin de votre permis de travail ({ $date }, dans { $months } mois) : { $chance } de chances d'une invitation
outlook-permit-ended = Votre permis de travail a pris fin le { $date } : l'expérience au Canada ne croît plus
outlook-unforeseen = une ronde que le rythme récent ne prévoit pas (une nouvelle catégorie, un type qui reprend) : { $chances }
outlook-kind-none-yet = aucune ronde tenue encore
outlook-announced = IRCC a annoncé le { $date } que ces rondes { $change ->
        [start] commenceraient
        [resume] reprendraient
        [pause] seraient suspendues
       *[end] prendraient fin
    }
outlook-announced-from = IRCC a annoncé le { $date } que ces rondes { $change ->
        [start] commenceraient
       *[resume] reprendraient
    }, pas avant le { $from }
outlook-never-held = Aucune ronde n'a jamais eu lieu pour { $kinds } : les rondes ne disent pas quand il y en aura, donc aucune chance n'est donnée pour elles.
backtest-brier = { $name } : Brier { $brier }
backtest-col-forecast = prévu
backtest-col-mean = moyenne
backtest-col-observed = observé
backtest-model = Modèle
backtest-persistence = Persistance
backtest-frequency = Fréquence sur deux ans
backtest-title-rolling = Rétrocontrôle à origine glissante du { $from } au { $to }, horizon de { $months } mois : chaque janvier, les paramètres et le recalibrage sont réajustés sur les issues connues à cette date, et les prévisions de l'année sont notées sur { $grid } autres notes x ensembles d'admissibilité par mois (hors échantillon)
backtest-title-given = Rétrocontrôle des paramètres donnés du { $from } au { $to }, horizon de { $months } mois, jamais réajustés, sur { $grid } notes x ensembles d'admissibilité par mois
backtest-ratio-interval = Modèle / persistance : { $ratio } (intervalle à 95 % sur des années rééchantillonnées : de { $low } à { $high }) ; modèle / fréquence : { $frequency }
backtest-calibration-gap = Pire tranche de fiabilité comptant au moins 200 prévisions : { $gap } d'écart avec ce qui est arrivé (avant recalibrage : { $raw_gap })
backtest-col-years = réalisé, 95 % sur années rééchantillonnées
backtest-within-years = Classes de 200 prévisions ou plus dont la prévision moyenne tombe dans ce que permettent des années rééchantillonnées : { $inside } sur { $bins } (ce sont les années, pas les cas, qui varient : un changement de politique déplace ensemble toutes les prévisions d'une année)
backtest-model-raw = Modèle avant recalibrage
backtest-fits = Paramètres ajustés chaque janvier :
params-months = un nombre entier de mois de 1 à 120
params-positive = un nombre supérieur à 0 et d'au plus { $most }
params-rounds = un nombre entier de rondes de 1 à 1000
params-share = un nombre de 0 à { $most }
params-calibration = une table de paires (prévision, observé) croissantes entre 0 et 1, par horizon en mois

## L'échéancier et le terminal

key-date = { $date } : { $change }, { $reasons }
key-date-total = { $line }  (total { $total })
deadline = { $date }{ $flag ->
        [soon-before-invitation] { " (bientôt, avant l'invitation probable)" }
        [before-invitation] { " (avant l'invitation probable)" }
        [soon] { " (bientôt)" }
       *[none] {""}
    } : { $what } ; { $before }
event-canadian-years-history = l'expérience au Canada atteint { $years ->
        [one] { $years } an
       *[other] { $years } ans
    } (antécédents de travail)
event-foreign-years-history = l'expérience à l'étranger atteint { $years ->
        [one] { $years } an
       *[other] { $years } ans
    } (antécédents de travail)
event-canadian-years = l'expérience au Canada atteint { $years ->
        [one] { $years } an
       *[other] { $years } ans
    }
event-foreign-years = l'expérience à l'étranger atteint { $years ->
        [one] { $years } an
       *[other] { $years } ans
    }
event-birthday = anniversaire ({ $age } ans)
event-score-moves = la note change ce jour-là
event-result-expires = { $result ->
        [first] le résultat en première langue
        [second] le résultat en deuxième langue
       *[spouse] le résultat linguistique de l'époux ou conjoint de fait
    } échoit (test passé le { $taken })
event-rule-set = les règles { $id } entrent en vigueur
timeline-no-birth-date = Aucune date de naissance : l'âge reste celui d'aujourd'hui.
timeline-no-experience-dates = Aucune date de début d'expérience : l'expérience reste celle d'aujourd'hui.
timeline-no-test-date = Aucune date de test : les résultats linguistiques sont tenus pour valides.
deadline-result = { $result ->
        [first] le résultat en première langue
        [second] le résultat en deuxième langue
       *[spouse] le résultat linguistique de l'époux ou conjoint de fait
    } (test passé le { $taken }) cesse de compter
deadline-result-before = repassez le test avant ; une invitation exige des résultats encore valides { $days } jours plus tard, quand vous présentez la demande
deadline-permit = votre permis de travail prend fin : l'expérience au Canada cesse de croître
deadline-permit-before = une invitation avant cette date vous permet de demander la résidence permanente tant que vous pouvez travailler (renseignez-vous sur le permis de transition) ; après, travailler au Canada demande un nouveau permis
deadline-eca = l'évaluation des diplômes d'études (délivrée le { $issued }) n'est plus valide
deadline-eca-before = elle doit être valide quand le profil est soumis et quand vous présentez la demande : demandez-en une nouvelle à temps
deadline-profile = le profil Entrée express (soumis le { $submitted }) expire
deadline-profile-before = soumettez-en un nouveau après son expiration ; sa date départage alors les égalités à la note limite
timeline-two-days = --from { $from } et --as-of { $date } désignent des jours différents ; indiquez-en un seul
timeline-heading = { $title } : { $first } le { $from }, { $last } le { $until } si rien d'autre ne change
timeline-no-key-dates = Aucun jour de cette période ne change la note.
timeline-key-dates = Dates clés :
timeline-deadlines = Échéances :
timeline-month-by-month = Mois par mois :
timeline-note = Remarque : { $note }
compare-cannot-draw = { $reason } ; `--json` affiche la comparaison
terminal-error = erreur du terminal : { $problem }
terminal-dumb = ce terminal (TERM=dumb) ne peut pas afficher le planificateur ; utilisez un terminal complet, ou les commandes : `crs-planner score FICHIER`, `crs-planner plan FICHIER --target N`
planner-needs-terminal = le planificateur a besoin d'un terminal ; pour afficher la note de { $file }, utilisez `crs-planner score`

## Entrées invalides : ce qu'un champ doit contenir (le chemin du champ reste celui du fichier)

input-expected-found = attendu { $expected }, trouvé { $found }
input-missing = absent ; attendu { $expected }
input-one-of = l'une des valeurs { $keys }
input-range = { $what } de { $min } à { $max }
input-whole-years = des années entières
input-paid-hours = des heures payées par semaine
input-academic-years = des années d'études
input-people = des personnes
input-true-or-false = true ou false
input-date = une date écrite AAAA-MM-JJ
input-date-between = une date écrite AAAA-MM-JJ du { $first } au { $last }
input-age-or-birth = des années entières de 0 à { $max }, ou une birth_date
input-language-result = un objet de résultat linguistique
input-wrong-test = attendu un test en { $language } ({ $tests }), trouvé { $found }, qui n'en est pas un
input-other-language = une langue autre que la première langue ({ $first })
input-other-spouse-language = une langue autre que la première de l'époux ou conjoint de fait ({ $first })
input-test-day = un jour de test au plus trois ans après aujourd'hui (un test prévu)
test-planned = { $date } (prévu)
input-permit-after-jobs = un jour au plus tôt au début de chaque emploi au Canada (work[{ $index }] commence le { $start })
input-chance = une chance au-dessus de 0 et au plus 1 (0.5) ou un pourcentage au-dessus de 0 et au plus 100 (50%)
plan-by-no-permit = --by permit : le scénario ne donne pas la fin du permis de travail (profile.work_permit_expires : "AAAA-MM-JJ")
plan-by-expected = un jour au format AAAA-MM-JJ, ou permit
plan-by-ahead = un jour après le { $from }
input-not-after-today = un jour au plus tard aujourd'hui
input-birth-age = une date de naissance donnant un âge de 0 à { $max }
input-since-beside = attendu { $key } à côté : en cours depuis quand ?
input-accompanying-spouse = attendu « { $key } » (l'objet spouse décrit un époux ou conjoint de fait qui vient au Canada), trouvé { $found } ; pour un époux ou conjoint de fait qui ne rapporte pas de points, indiquez "spouse": null
input-accompanying-needs-spouse = attendu { $keys } (un époux ou conjoint de fait qui accompagne exige l'objet "spouse"), trouvé « { $key } »
input-noc = un groupe de base de la CNP 2021, comme « 21232 »
input-noc-not-in = attendu { $expected }, trouvé { $found }, absent de { $version }
input-first-day = le premier jour de l'emploi, écrit AAAA-MM-JJ
input-last-day = le dernier jour travaillé, le même jour que from ({ $from }) ou après
input-jobs = une liste d'emplois (une liste vide s'il n'y en a aucun)
input-jobs-at-most = un historique de travail d'au plus { $most } emplois
found-jobs = { $count } emplois
job-too-many = Un historique de travail compte au plus { $most } emplois ; retirez-en un pour en ajouter un autre.
input-funds = un montant en dollars canadiens, 0 ou plus
input-funds-range = un montant en dollars canadiens de 0 à { $max }
input-empty = l'entrée est vide ; attendu un objet JSON
input-not-json = JSON non valide : { $problem } (ligne { $line }, colonne { $column })
input-profile-field-on-top = un champ du profil au premier niveau d'un scénario ; attendu à l'intérieur de "profile"
input-string = une chaîne de caractères
input-profile-object = un objet profil
input-number = un nombre
input-list = une liste
input-expected = attendu { $expected }
input-no-fields-here = aucun champ n'est permis ici
input-unknown-field = champ inconnu ; { $expected }
input-did-you-mean = { $said } ; vouliez-vous dire « { $key } » ?
input-twice = figure deux fois ; attendu chaque champ une seule fois
found-object = un objet
found-array = un tableau
found-number = le nombre { $value }
found-text = le texte { $value }
json-trailing = du texte après l'objet
json-eof-list = fin du fichier au milieu d'une liste
json-eof-object = fin du fichier au milieu d'un objet
json-eof-string = fin du fichier au milieu d'une chaîne
json-eof-value = fin du fichier là où une valeur est attendue
json-expected-colon = attendu `:`
json-expected-comma-bracket = attendu `,` ou `]`
json-expected-comma-brace = attendu `,` ou `{ "}" }`
json-expected-value = attendu une valeur
json-expected-ident = attendu true, false ou null
json-key-string = une clé doit être une chaîne
json-trailing-comma = virgule en trop à la fin
json-invalid-number = nombre non valide
json-number-range = nombre hors limites
json-invalid-escape = séquence d'échappement non valide
json-control-character = caractère de contrôle (\u0000-\u001F) dans une chaîne
score-expected-level = un niveau { $level }
score-expected-band = une bande IELTS General Training en { $ability ->
        [listening] compréhension de l'oral
        [reading] compréhension de l'écrit
        [writing] expression écrite
       *[speaking] expression orale
    }
score-expected-score = une note { $test } en { $ability ->
        [listening] compréhension de l'oral
        [reading] compréhension de l'écrit
        [writing] expression écrite
       *[speaking] expression orale
    }
score-expected-whole = { $what }, un nombre entier de { $min } à { $max }
score-expected-halves = { $what } de { $min } à { $max } par pas de { $step }
date-does-not-exist = attendu un jour qui existe, trouvé { $found } : { $why }
date-no-year-zero = l'année 0000 n'existe pas
date-no-month = le mois { $month } n'existe pas
date-day-zero = les jours se comptent à partir de 01
date-no-february-29 = l'année { $year } n'a pas de 29 février
date-month-days = { $month ->
        [1] janvier
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
        [12] décembre
       *[2] février
    } compte { $days } jours
file-cannot-read = impossible de lire le fichier : { $problem }
file-not-regular = pas un fichier ordinaire ({ $kind ->
        [fifo] un tube nommé
        [character-device] un périphérique en mode caractère
        [block-device] un périphérique en mode bloc
        [socket] un socket
        [folder] un dossier
       *[other] pas un fichier
    }) ; attendu un fichier texte
file-too-large = plus de { $megabytes } Mo ; attendu un fichier d'au plus cette taille
file-not-utf8 = pas du texte UTF-8 (octet non valide à la position { $offset })
io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
io-is-a-folder = c'est un dossier
io-disk-full = le disque est plein ; libérez de la place et enregistrez de nouveau
io-file-too-large = le fichier dépasserait la taille que cette session peut écrire (ulimit -f) ; rien n'a été écrit
input-at-most = au plus { $max }
input-from-to = de { $min } à { $max }
input-whole-number-to = un nombre entier de 0 à { $max }
input-whole-points-to = un nombre entier de points de 0 à { $max }
input-whole-number = un nombre entier
input-missing-field = le champ { $field } est absent
found-empty-text = un texte vide
rules-above-row-before = doit être au-dessus de la ligne précédente
rules-name = un nom pour l'ensemble de règles
rules-not-below-from = ne doit pas être inférieur à `from`
rules-age-twice = l'âge { $age } figure dans deux tranches
rules-age-in-no-band = l'âge { $age } ne figure dans aucune tranche ; attendu des tranches couvrant chaque âge de { $first } à { $last }
rules-rank-twice = le rang { $rank } figure deux fois
rules-inconsistent = { $problem } ; attendu un ensemble de règles cohérent
rules-more-than-whole = { $value } points, c'est plus que la note entière ({ $most })
rules-step-less = l'échelon { $step } rapporte moins que l'échelon { $before }
rules-cap-below-part = le plafond { $cap } est inférieur à une partie qui vaut { $part }
rules-caps-add-up = les plafonds des sections totalisent { $sections }, et non { $total }
rules-before-oldest = aucun ensemble de règles n'est en vigueur le { $date } : le plus ancien, { $oldest }, commence le { $from }
rules-none-loaded = aucun ensemble de règles n'est chargé
rules-no-id = aucun ensemble de règles ne porte l'identifiant « { $id } »
feed-whole = le flux
feed-expected-rounds = attendu un objet avec une liste "rounds" ({ $problem })
feed-no-rounds = le flux ne contient aucune ronde
feed-round = ronde { $number }
feed-round-twice = figure deux fois (rounds[{ $earlier }] et rounds[{ $index }]) ; attendu chaque ronde une seule fois
feed-after-today = { $date } est après aujourd'hui ({ $today }) ; attendu la date d'une ronde déjà tenue
input-absent = absent
feed-too-large = { $value } est trop grand ; attendu au plus { $max }
feed-round-number = un numéro de ronde
feed-round-name = le nom de la ronde
feed-crs-score = une note SCG de 0 à 1 200
feed-long-date = une date comme « August 3, 2026 »
draws-imported-older = les données importées ({ $file }) s'arrêtent le { $date }, avant la copie fournie ; la copie fournie est utilisée
draws-imported-bad = { $file } : { $problem } ; la copie fournie est utilisée
draws-import-older = { $file } : ses rondes s'arrêtent le { $date } (ronde { $round }), avant celles en usage, qui s'arrêtent le { $kept_date } (ronde { $kept_round }) ; rien n'a été changé (ajoutez --replace-newer pour le garder quand même)
draws-cannot-save = { $file } : enregistrement impossible : { $problem }
draws-imported-forced = les données importées ({ $file }) s'arrêtent le { $date }, avant la copie fournie ({ $shipped }) ; elles servent parce qu'elles ont été importées avec --replace-newer, jusqu'à ce qu'une autre importation ou draws --update les remplace
fetch-bad-address = « { $url } » n'est pas une adresse Web ; attendu une adresse commençant par https:// ou http://
fetch-host-not-found = { $host } est introuvable : vérifiez la connexion au réseau (ou l'adresse donnée avec --url), puis réessayez
fetch-cannot-connect = connexion impossible ({ $problem }) : vérifiez la connexion au réseau, puis réessayez
fetch-tls = la connexion sécurisée a échoué ({ $problem }) : vérifiez la date de l'ordinateur et tout mandataire ou pare-feu qui inspecte le trafic
fetch-timed-out = pas de réponse complète en { $seconds } secondes : réessayez plus tard, ou donnez plus de temps avec --timeout
fetch-status = le serveur a répondu HTTP { $status } { $kind ->
        [server] (une erreur du serveur) : réessayez plus tard
       *[client] (l'adresse est fausse ou le fichier a été déplacé) : vérifiez l'adresse, ou indiquez une copie avec --url
    }
fetch-redirects = le serveur a redirigé plus de { $most } fois ; vérifiez l'adresse
fetch-too-large = le téléchargement dépasse { $megabytes } Mo, plus que tout flux de rondes ; vérifiez l'adresse
fetch-truncated-of = la connexion s'est interrompue après { $received } octets sur { $expected } ; réessayez
fetch-truncated = la connexion s'est interrompue trop tôt, après { $received } octets ; réessayez
fetch-other = le téléchargement a échoué ({ $problem }) ; réessayez plus tard
update-failed = impossible de télécharger les rondes depuis { $url } : { $problem }. Rien n'a été changé.
update-web-page = { $url } a envoyé une page Web, pas le flux des rondes d'IRCC (une page de connexion au réseau ou une page d'erreur ?) ; rien n'a été changé. Vérifiez la connexion et l'adresse.
update-not-feed = { $url } n'a pas envoyé le flux des rondes d'IRCC : { $problem } ; rien n'a été changé.
update-older = { $url } : ses rondes s'arrêtent le { $date } (ronde { $round }), avant celles en usage, qui s'arrêtent le { $kept_date } (ronde { $kept_round }) ; rien n'a été changé.
update-up-to-date = Les rondes sont déjà à jour (ronde { $round }, { $date }).
update-kept = { $added ->
        [one] 1 nouvelle ronde téléchargée
       *[other] { $added } nouvelles rondes téléchargées
    }, jusqu'au { $date } (ronde { $round }), dans { $file } ; elles servent dès maintenant.
update-progress-of = Téléchargement des rondes d'IRCC… { $received } Ko sur { $total } Ko
update-progress = Téléchargement des rondes d'IRCC… { $received } Ko
clap-watch = Mettre les rondes à jour, puis signaler celles tenues depuis la dernière vérification d'un scénario (pour cron : code de sortie 10 nouvelles rondes, 11 l'une vous aurait invité)
clap-watch-file = Le scénario à surveiller
clap-watch-no-update = Lire seulement les rondes déjà gardées, sans télécharger
clap-watch-url = Télécharger depuis cette adresse plutôt que celle d'IRCC (un miroir) ; par défaut CRS_PLANNER_FEED_URL, puis l'adresse d'IRCC
clap-watch-timeout = Abandonner le téléchargement après ce nombre de secondes
clap-watch-notify-cmd = Lancer cette commande (par l'interpréteur) avec le résumé sur son entrée standard quand une nouvelle ronde vous aurait invité (code de sortie 11)
watch-heading = Surveillance pour { $scenario }
watch-first = Première vérification de ce scénario : les rondes jusqu'au { $date } (ronde { $round }) sont tenues pour vues ; désormais, watch signale les rondes suivantes.
watch-nothing-new = Aucune nouvelle ronde depuis la dernière vérification (rondes jusqu'au { $date }).
watch-new-rounds = { $count ->
        [one] 1 nouvelle ronde
       *[other] { $count } nouvelles rondes
    } depuis la dernière vérification (rondes jusqu'au { $date }) :
watch-cutoff = note limite { $cutoff }, { $size } invitations
watch-not-eligible = vous ne pouviez pas y prendre part
watch-not-known = on ne sait pas si vous pouviez y prendre part
watch-invited = ✓ vous pouviez y prendre part et vos { $score } l'atteignaient
watch-short = vous pouviez y prendre part ; il manquait { $short } points à vos { $score }
watch-result-invited = Au moins une de ces rondes vous aurait invité (code de sortie 11).
watch-result-none = Aucune de ces rondes ne vous aurait invité (code de sortie 10).
watch-notify-failed = la commande d'avis « { $command } » a échoué ({ $problem }) ; elle sera relancée à la prochaine vérification
watch-notify-status = elle s'est terminée avec { $status }
unmet-kind-not-known = un type de ronde que cette version ne connaît pas ({ $kind })
data-same-start = attendu une date où aucune autre version ne commence, trouvé { $date } (la version { $version } commence ce jour-là)
data-noc = un groupe de base de la CNP 2021 à cinq chiffres, comme « 21232 »
data-teer = { $teer } (le deuxième chiffre du code)
data-title = un titre
data-code-twice = attendu chaque code une seule fois, trouvé { $code } deux fois
data-no-unit-groups = attendu au moins un groupe de base, trouvé aucun
data-hours = des heures de 1 à 100000
data-hours-a-week = au plus 168 heures par semaine
data-bands-rising = attendu des tranches en ordre croissant d'années
data-date-twice = attendu chaque date une seule fois, trouvé { $date } deux fois
data-amounts-rising = attendu des montants qui ne baissent pas quand la famille s'agrandit
data-no-tables = attendu au moins un tableau, trouvé aucun
data-version-name = un nom de version
data-category-id = un identifiant de lettres minuscules, de chiffres et de « - », comme « healthcare »
data-category-twice = attendu chaque catégorie une seule fois, trouvé { $id } deux fois
data-window = attendu des heures de 1 à 100000 et une période de 1 à 50 ans, trouvé { $hours } heures sur { $years } ans
data-window-years = une fenêtre de 1 à { $most } ans
data-no-codes = attendu les codes CNP de la liste, trouvé aucun
data-code-not-listed = attendu des groupes de base de { $list ->
        [new] la nouvelle liste de la CNP
       *[in-use] la liste de la CNP
    } ({ $version }), trouvé { $code }, qui n'y figure pas
years-disagree = { $place ->
        [canadian] expérience au Canada
       *[foreign] expérience à l'étranger
    } : le fichier indique { $stated ->
        [one] { $stated } an
       *[other] { $stated } ans
    }, les antécédents de travail en comptent { $counted }
result-expired = { $result ->
        [first] le résultat en première langue
        [second] le résultat en deuxième langue
       *[spouse] le résultat linguistique de l'époux ou conjoint de fait
    } (test passé le { $taken }) a échu le { $expiry } : il ne rapporte rien
result-expires = { $result ->
        [first] le résultat en première langue
        [second] le résultat en deuxième langue
       *[spouse] le résultat linguistique de l'époux ou conjoint de fait
    } (test passé le { $taken }) échoit le { $expiry }
folder-dangling-link = { $folder } est un lien vers { $target }, qui n'existe pas
folder-is-a-file = { $folder } est un fichier, pas un dossier ; déplacez-le pour enregistrer ici
save-no-file-name = le chemin ne nomme aucun fichier
save-changed = le fichier a changé depuis sa lecture
save-busy = un autre programme enregistre dans ce dossier ; réessayez
save-link-loop = { $file } : les liens tournent en boucle ; attendu un lien vers un fichier
rules-skipped-not-a-rule-set = { $file } : ignoré : pas un ensemble de règles (aucun "format": "crs-rules/1")
rules-same-id = { $earlier } et { $later } définissent tous deux l'ensemble de règles « { $id } » ; celui de { $later } est utilisé
rules-same-day = { $first } et { $second } entrent tous deux en vigueur le { $date } ; « { $used } » est utilisé dès ce jour
rules-from-file = « { $id } » ({ $file })
rules-shipped-set = « { $id } » fourni
rules-old-place = { $file } : les ensembles de règles sont maintenant dans { $folder } ; déplacez-le là (il a été lu cette fois)
skipped-macos-metadata = { $file } : ignoré, un fichier de métadonnées macOS
effort-unknown-move = changement inconnu ; attendu { $keys }
example-title = Scénario d'exemple « { $name } » ({ $file }) ; calculez le vôtre avec `crs-planner score FICHIER`
standard-input = entrée standard
form-expected-or-nothing = attendu { $expected }, ou rien
form-date-how = écrivez-la AAAA-MM-JJ (1994-06-15)
form-date-as = écrivez-la AAAA-MM-JJ ({ $date })
form-date-as-either = écrivez-la AAAA-MM-JJ ({ $first } ou { $second })
form-not-a-number = { $text } n'est pas un nombre
form-no-test-here = aucun test ici
form-chosen-with-arrows = ce champ se choisit avec Gauche/Droite
terminal-gone = le terminal a disparu
jobs-title = Emplois ({ $count })
job-not-saved = Non enregistré : { $problem }
stdin-unreadable = <stdin> : impossible de lire l'entrée standard : { $problem }

## L'aide de la ligne de commande et les refus de clap

clap-about = Notes exactes du Système de classement global (SCG, sur 1 200 points) d'Entrée express, calculées hors ligne à partir des tableaux officiels.

    Sans commande, ouvre le planificateur d'hypothèses sur le scénario ouvert la dernière fois (ou un profil de départ).
clap-lang = La langue de tout ce qui est écrit pour les gens : en ou fr (ou une langue ajoutée dans <config>/i18n/) ; par défaut CRS_PLANNER_LANG, le dernier choix du planificateur, puis les paramètres régionaux. Le JSON reste tel quel
clap-as-of = Calculer selon les règles en vigueur à cette date (AAAA-MM-JJ) ; par défaut aujourd'hui
clap-rules = Un fichier de règles qui ajoute un ensemble de règles ou remplace celui de même identifiant (répétable)
clap-json = Afficher en JSON
clap-batch = Lire des lignes JSON (un profil ou un scénario chacune) sur l'entrée standard et écrire une ligne JSON par ligne lue
clap-score = Calculer la note d'un fichier de scénario (ou d'un profil seul), ou de lignes JSON avec --batch
clap-score-file = Fichier de scénario ou objet profil seul ; `-` lit l'entrée standard
clap-open = Ouvrir un fichier de scénario dans le planificateur
clap-open-file = Le fichier de scénario ; l'enregistrement l'écrase
clap-plan = Les plans les moins exigeants qui atteignent une note cible, et qui devrait présenter la demande
clap-plan-file = Le scénario de départ
clap-plan-target = La note à atteindre
clap-plan-target-category = Viser les rondes d'une catégorie (cec, french, ...) : sa dernière note limite, sauf si --target donne la note, et ce qu'elle exige en plus
clap-plan-effort = Un fichier d'effort (`crs-effort/1`) à utiliser au lieu des valeurs par défaut
clap-plan-all = Montrer aussi les plans qu'un autre bat en effort, en date de fin, en note et en rondes ouvertes
clap-plan-chance = Viser une chance d'invitation (0.5 ou 50%) dans les --within mois après la fin, selon le modèle des perspectives, admissibilité comprise
clap-plan-within = Avec --chance : les mois après la fin sur lesquels la chance est comptée
clap-plan-by = Finir au plus tard ce jour (AAAA-MM-JJ), ou à la fin du permis de travail (permit)
clap-timeline = La note mois par mois si rien ne change, avec les jours où elle bouge
clap-timeline-file = Le scénario à projeter
clap-timeline-from = Le premier jour de la projection (par défaut aujourd'hui)
clap-timeline-months = Le nombre de mois à projeter
clap-draws = Les rondes d'invitations d'IRCC, et où une note se situe par rapport à elles
clap-draws-category = Seulement les rondes de cette catégorie (all, pnp, cec, fsw, fst, french, healthcare, stem, trades, transport, agriculture, education, senior-managers, physicians, researchers, military)
clap-draws-since = Seulement les rondes à partir de cette date (par défaut : les six derniers mois de données)
clap-draws-score = Une note SCG à comparer aux rondes
clap-draws-scenario = Un scénario dont la note est comparée aux rondes
clap-draws-last = Combien des dernières rondes de chaque catégorie compter
clap-draws-import = Vérifier une copie plus récente du flux d'IRCC et la garder dans le dossier de données
clap-draws-replace-newer = Avec --import : garder le fichier même si ses rondes s'arrêtent avant celles des données en usage
clap-draws-update = Télécharger maintenant le flux d'IRCC et le garder s'il a des rondes plus récentes (la seule fois où crs-planner se sert du réseau)
clap-draws-url = Avec --update : télécharger depuis cette adresse plutôt que celle d'IRCC (un miroir) ; par défaut CRS_PLANNER_FEED_URL, puis l'adresse d'IRCC
clap-draws-timeout = Avec --update : abandonner après ce nombre de secondes
clap-eligibility = Les programmes (PTQF, CEC, PTMSF) et les rondes par catégorie qui sont ouverts à un scénario
clap-eligibility-as-of = Juger à cette date (AAAA-MM-JJ) ; par défaut aujourd'hui
clap-outlook = La probabilité d'une invitation d'ici 3, 6 et 12 mois, et sa contre-vérification
clap-outlook-file = Un scénario : sa note et ce à quoi il est admissible, à la date donnée
clap-outlook-score = Une note au lieu d'un scénario (avec les 600 points de la désignation s'il y en a une)
clap-outlook-eligible = Ce à quoi la note est admissible : programmes et catégories (fsw,cec,french)
clap-outlook-nominated = Avec une désignation provinciale (les rondes des candidats des provinces sont ouvertes)
clap-outlook-as-of = Prévoir à ce jour, d'après les rondes qui le précèdent (par défaut aujourd'hui)
clap-outlook-months = Les horizons, en mois
clap-outlook-feed = Un fichier de flux d'où lire les rondes au lieu de celui fourni ou importé
clap-outlook-batch = Lignes JSON en entrée et en sortie
clap-outlook-backtest = Rejouer l'historique : le modèle et deux prévisions naïves face à ce qui s'est passé
clap-outlook-from = Le premier mois de la contre-vérification
clap-outlook-to = Le dernier mois de la contre-vérification
clap-outlook-fit = Ajuster les paramètres du modèle sur les rondes en usage (ou --feed) et les afficher (crs-outlook/1)
clap-outlook-params = Prévoir (et rétrocontrôler, et répondre à --batch) avec les paramètres de ce fichier (crs-outlook/1) plutôt que ceux fournis
clap-compare = Deux scénarios côte à côte (en JSON avec --json ou vers un tube)
clap-compare-a = Le premier scénario (A)
clap-compare-b = Le second scénario (B), mis à côté du premier
clap-completions = Afficher la complétion pour un interpréteur de commandes (bash, zsh, fish, elvish, powershell)
clap-completions-shell = L'interpréteur de commandes
clap-man = Afficher la page de manuel (roff)
clap-help-command = Afficher ce message ou l'aide des sous-commandes données
clap-help = Afficher l'aide
clap-version = Afficher la version
clap-usage = Utilisation :
clap-commands = Commandes{ "\u00A0" }
clap-arguments = Arguments{ "\u00A0" }
clap-options = Options{ "\u00A0" }
clap-default = par défaut : { $value }
clap-possible = valeurs possibles : { $values }
clap-error = erreur : { $problem }
clap-more = Pour en savoir plus, essayez « --help ».
clap-unknown-argument = argument inattendu « { $argument } »
clap-unknown-command = sous-commande inconnue « { $command } »
clap-value-needed = une valeur est exigée pour « { $argument } », mais aucune n'a été donnée
clap-invalid-value = valeur « { $value } » non valide pour « { $argument } »
clap-invalid-value-of = valeur « { $value } » non valide pour « { $argument } » (valeurs possibles : { $valid })
clap-value-refused = valeur « { $value } » non valide pour « { $argument } » : { $why }
clap-conflict = l'argument « { $argument } » ne peut pas s'employer avec « { $other } »
clap-missing = ces arguments obligatoires manquent : { $arguments }
clap-missing-command = une commande est exigée
clap-too-many = valeur inattendue « { $value } » pour « { $argument } » ; aucune autre n'était attendue
clap-wrong-number = « { $argument } » a reçu un mauvais nombre de valeurs
clap-no-equals = un signe égal est exigé pour donner une valeur à « { $argument } »
clap-not-utf8 = un ou plusieurs arguments ne sont pas de l'UTF-8 valide
clap-command = COMMANDE
clap-value-file = FICHIER
clap-value-kinds = TYPES
clap-value-lang = LANGUE
clap-value-seconds = SECONDES
clap-score-json = Afficher la note en JSON
clap-score-versus = Calculer la note deux fois, côte à côte : selon le jeu de règles en vigueur (sans les fichiers --rules) et selon celui du dernier fichier --rules
clap-eligibility-json = Afficher les réponses en JSON
clap-compare-json = Afficher la comparaison en JSON
clap-similar-command = astuce : { $count ->
        [one] une sous-commande semblable existe
       *[other] des sous-commandes semblables existent
    } : { $similar }
clap-similar-argument = astuce : { $count ->
        [one] un argument semblable existe
       *[other] des arguments semblables existent
    } : { $similar }
clap-quoted = « { $text } »
man-name = NOM
kind-short-all = tous
kind-short-pnp = PCP
dollars = { $amount } $
job-span = du { $from } au { $to }
job-span-ongoing = depuis le { $from }
title-in-english = { $title } (titre anglais)
job-teer-unlisted = FEER { $teer } ; aucune catégorie ne la retient
job-teer-listed = FEER { $teer } ; retenue par : { $listed }
saved-in = dans { $folder }
field-change = { $field } : { $from } -> { $to }
rule-set-title-2017 = La plus ancienne prise en charge : emploi réservé 200 / 50, frère ou sœur 15, français 15 / 30
rule-set-title-2020 = Points pour le français portés à 25 / 50
rule-set-title-2025 = L'emploi réservé ne rapporte plus de points

## Facteurs liés à la profession dans un jeu de règles (crs-rules/2)
rules-occupation-lists = les listes de professions que les facteurs nomment
rules-list-id = un identifiant de liste
rules-list-twice = la liste { $id } est déjà définie plus haut
rules-factor-id = un identifiant de facteur qu'aucun autre facteur n'a
rules-list-file-name = le nom d'un fichier .json du dossier occupations/ de la configuration
rules-list-file-or-inline = attendu un fichier de liste ou des niveaux et professions dans la règle, pas les deux
rules-list-tiers = les niveaux de la liste
rules-list-occupations = les professions de la liste (un code CNP et un niveau chacune)
input-empty-list = une liste vide
input-empty-object = un objet vide
rules-tier-name = un nom de niveau donné une seule fois
rules-noc-twice = { $noc } figure deux fois (niveau { $earlier }, puis { $tier })
rules-no-lists = trouvé la liste { $found }, mais le jeu de règles n'a aucune liste de professions
rules-factor-needs-a-part = attendu « canadian_work », « job_offer » ou les deux
rules-cap-below-tier = le plafond { $cap } est inférieur aux { $points } points du niveau { $tier } ({ $part })
input-whole-months = des mois entiers
rules-months-past-window = { $months } mois ne tiennent pas en { $years } ans
rules-points-by-tier = des points par niveau
rules-tier-not-in-list = attendu un niveau de la liste { $list } ({ $tiers }), trouvé { $tier }
rules-list-file-missing = attendu un fichier de liste dans { $folder }, aucun ne s'appelle { $name }
rules-needs-format-2 = { $key } demande "format": "{ $format }"
factor-occupation = Points liés à la profession
occupation-work = niveau { $tier } : { $months } mois au Canada { $years ->
    [one] la dernière année
   *[other] les { $years } dernières années
} comme { $occupation }
occupation-offer = niveau { $tier } : une offre d'emploi comme { $occupation }
occupation-none = aucune profession de la liste
versus-title = { $title }, le { $date }
versus-rule-set = { $id } : { $title }
versus-difference = B - A
versus-occupation-why = Points liés à la profession :
cmd-main-versus = comparer
    .help = calculer aussi la note selon un autre jeu de règles (une réforme, un fichier du dossier des règles), puis le suivant, puis aucun
versus-on = Note aussi calculée selon le jeu de règles { $id } (V : le suivant)
versus-off = Note calculée selon le jeu de règles en vigueur seulement
versus-line = selon { $id } : { $total } ({ $difference })

## crs-planner report
report-cannot-write = { $file } : impossible d'écrire le rapport : { $problem } ; rien n'a été écrit
report-written = Rapport écrit dans { $file } ({ $bytes } octets)
report-no-folder = { $folder } : ce dossier n'existe pas ; rien n'a été écrit
report-is-a-folder = { $file } est un dossier ; rien n'a été écrit
report-exists = { $file } existe déjà ; donnez un autre --out, ou --force pour le remplacer
report-title = Rapport SCG : { $name }
report-subtitle = Le { $date }, d'après { $file }, par crs-planner { $version }
report-score = Note
report-total = Total { $total } / { $max } : { $zone }, { $advice }
report-column-row = Ligne
report-column-on = Calculée sur
report-column-points = Points
report-column-max = Maximum
report-eligibility = Programmes et catégories
report-grid = grille TQF { $total } / 100 (note de passage { $pass }) : { $rows }
report-column-program = Programme
report-column-answer = Admissible
report-column-why = Pourquoi
report-column-category = Catégorie
report-gains = Ce qui ferait monter la note
report-gains-intro = Chaque changement seul, avec l'effort et les mois qu'il demande d'habitude (la table d'effort du planificateur).
report-column-change = Changement
report-column-effort = Effort
report-column-months = Mois
report-cutoff-line = { $kind } : dernière note limite { $cutoff }
report-chart-title = La note sur les { $months } prochains mois si rien ne change
report-chart-summary = À partir du { $from } : { $now } aujourd'hui ; entre { $lowest } et { $highest } sur { $months } mois, avec les anniversaires, l'expérience et les résultats de tests que donne le fichier.
report-key-dates = Jours où la note change
report-column-date = Date
report-column-change-points = Écart
report-column-total = Total
report-deadlines = Échéances
report-column-what = Quoi
report-column-before = Avant cela
report-before-invitation = (avant l'invitation que prévoient les perspectives)
report-timeline = Mois par mois
report-outlook = La chance d'une invitation
report-outlook-any = Selon les genres de rondes ouverts à ce profil, à la note d'aujourd'hui : { $three } d'ici 3 mois, { $six } d'ici 6, { $twelve } d'ici 12.
report-announced = { $kind } : { $said }
report-outlook-wait = Attente prévue quand de telles rondes ont lieu : { $months } mois.
report-data = Données des rondes jusqu'à la ronde { $round } du { $date } ({ $days } jours avant le jour du rapport).
report-column-kind = Genre de ronde
report-column-within = d'ici { $months } mois
report-column-rounds-year = Rondes, 12 derniers mois
report-column-last-cutoff = Dernière note limite
report-backtest = Essai rétrospectif du modèle sur les rondes passées (réajusté chaque année sur ce qu'on savait alors) : score de Brier { $model } à 6 mois contre { $persistence } pour « la même note limite », un rapport de { $ratio }.
report-not-advice = Ceci n'est pas un avis juridique. C'est calculé par crs-planner d'après les tableaux du SCG, les exigences des programmes et les listes de catégories publiés par IRCC, et les rondes d'invitations d'IRCC ; seul IRCC décide. Vérifiez avec le calculateur officiel et un consultant agréé avant d'agir.
report-how = Note calculée selon le jeu de règles { $rules } ; chances tirées d'un modèle des rondes jusqu'à la ronde { $round } ({ $date }) ; une chance est une estimation, pas une promesse.
clap-report = Écrire un rapport d'un scénario à partager, en une page HTML (sans réseau) ou en Markdown
clap-report-file = Le scénario du rapport
clap-report-format = html (une page autonome) ou md (des tableaux à coller)
clap-report-out = Où l'écrire (par défaut : à côté du scénario, son nom avec .html ou .md)
clap-report-force = Remplacer un fichier déjà présent
report-plans = Plans
report-plans-goal = Jusqu'à la dernière note limite des rondes { $kind } : { $cutoff } (ronde { $round }, { $date }). Seuls les plans qu'aucun autre ne bat (aussi peu coûteux, aussi tôt et aussi haut) sont donnés ; chacun est évalué le jour où il est fait.
report-column-plan = Plan
report-column-steps = Étapes
report-column-done = Fait le
report-column-reaches = Atteint
cmd-main-report = rapport
    .help = écrire un rapport de ce scénario à partager (une page HTML) à côté de son fichier, ou dans le dossier des scénarios
report-nowhere = Nulle part où écrire le rapport : enregistrez d'abord le scénario dans un fichier
report-written-planner = Rapport écrit dans { $file }
