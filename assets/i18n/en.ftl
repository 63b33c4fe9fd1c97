# English messages
language-name = English
number-group = ,
number-decimal = .

## The command line

warning = warning: { $text }
no-such-language = no catalogue for the language "{ $code }" (available: { $available })
locale-not-utf8 = the locale asks for { $charset }, but crs-planner writes only UTF-8: accented letters and marks may show wrongly; use a UTF-8 locale (such as fr_CA.UTF-8)
cannot-write-output = cannot write the output: { $problem }
catalogue-bad-name = { $file }: skipped: a catalogue is named by its language, two or three lowercase letters (fr.ftl, es.ftl)
catalogue-unreadable = { $file }: skipped: { $problem }
catalogue-syntax = { $file }: line { $line }: skipped: { $problem }
catalogue-too-deep = { $file }: line { $line }: skipped: placeables nested more than { $most } deep
catalogue-bad-escape = { $file }: line { $line }: skipped: an escape \u takes 4 hexadecimal digits and \U takes 6 (\u00E9 for é)
catalogue-parser-failed = { $file }: skipped: the Fluent parser could not read it; check the file's escapes and braces
catalogue-unknown-message = { $file }: line { $line }: skipped: "{ $id }" is not a message of crs-planner (see assets/i18n/en.ftl for the ids)

## The planner's commands: the value is the footer's word, .help the help's line

## COMMANDS

cmd-main-up = move
    .help = previous field or gain ({ $other }: next)
cmd-main-lower = change
    .help = lower the selected value ({ $other }: raise it)
cmd-main-enter = edit/apply
    .help = type a value (IELTS 7.5); on a gain: apply it as a what-if
cmd-main-next-panel = panel
    .help = switch between the profile and the gains
cmd-main-undo = undo
    .help = undo the last change
cmd-main-redo =
    .help = redo
cmd-main-save = save
    .help = save (asks for a name the first time)
cmd-main-save-as =
    .help = save under a new name
cmd-main-open = open
    .help = open a saved scenario
cmd-main-new =
    .help = start a new scenario
cmd-main-compare = compare
    .help = compare with a saved scenario
cmd-main-draws = draws
    .help = rounds of invitations against your score
cmd-main-plan = plan
    .help = least-effort plans to a target score, and who should apply
cmd-main-timeline = timeline
    .help = timeline: the score month by month for three years
cmd-main-language = language
    .help = switch the language (English, français), remembered
cmd-main-gains-order = order
    .help = order the gains by points, or by points for each point of effort, remembered
cmd-main-help = help
    .help = show every key
cmd-main-quit = quit
    .help = quit (asks first if there are unsaved changes)

## WORK_COMMANDS

cmd-work-up = choose
    .help = previous job ({ $other }: next)
cmd-work-add = add
    .help = add a job
cmd-work-edit = edit
    .help = edit the chosen job
cmd-work-end = end today
    .help = end the chosen job today (Enter to give another day)
cmd-work-remove = remove
    .help = remove the chosen job (u on the main screen brings it back)
cmd-work-close = back
    .help = back to the planner

## JOB_COMMANDS

cmd-job-up = field
    .help = previous field ({ $other }: next)
cmd-job-lower = change
    .help = change a choice (where, self-employed, student)
cmd-job-raise =
    .help = change a choice the other way
cmd-job-erase =
    .help = erase a character
cmd-job-confirm = save job
    .help = on Occupation: find one; elsewhere: save the job
cmd-job-cancel = cancel
    .help = leave the job as it was

## OCCUPATION_COMMANDS

cmd-occupation-up = choose
    .help = previous occupation ({ $other }: next)
cmd-occupation-page-up = page
    .help = a page up ({ $other }: down)
cmd-occupation-erase =
    .help = erase a character of the search
cmd-occupation-pick = pick
    .help = pick the chosen occupation
cmd-occupation-cancel = cancel
    .help = keep the occupation as it was

## DRAWS_COMMANDS

cmd-draws-previous-category = category
    .help = the previous category ({ $other }: the next): the chart and the rounds show only it; first comes every category
cmd-draws-plan-to = plan to it
    .help = plan to the chosen category's rounds and latest cut-off
cmd-draws-update = update the rounds
    .help = download IRCC's newest rounds now (the planner stays usable)
draws-updating = Downloading IRCC's rounds… (the planner stays usable meanwhile)
draws-updating-already = The rounds are already being downloaded.
header-draws-age = ⚠ draw data { $weeks } weeks old (d, U)
header-draws-age-short = ⚠ {$weeks} wk old (U)
cmd-draws-up = scroll
    .help = scroll the rounds up ({ $other }: down)
cmd-draws-close = back
    .help = back to the planner

## PLAN_COMMANDS

cmd-plan-erase = target
    .help = type a target score (the plans follow as you type)
cmd-plan-chance = chance
    .help = after digits, plan to that chance of an invitation within a year of finishing (50%)
cmd-plan-erase-2 =
    .help = erase a digit of the target
cmd-plan-up = choose
    .help = the previous plan ({ $other }: the next)
cmd-plan-apply = apply
    .help = apply the chosen plan as a what-if (u undoes it)
cmd-plan-close = back
    .help = back to the planner

## COMPARE_COMMANDS

cmd-compare-swap-a = swap side
    .help = put a saved scenario on side A ({ $other }: side B)
cmd-compare-up = scroll
    .help = scroll up ({ $other }: down)
cmd-compare-close = back
    .help = back to the planner

## TIMELINE_COMMANDS

cmd-draws-help = help
    .help = every key of every screen
cmd-plan-help = help
    .help = every key of every screen
cmd-compare-help = help
    .help = every key of every screen
cmd-timeline-help = help
    .help = every key of every screen
cmd-timeline-up = scroll
    .help = scroll the days up ({ $other }: down)
cmd-timeline-page-up =
    .help = a page of days up ({ $other }: down)
cmd-timeline-close = back
    .help = back to the planner

## PROMPT_COMMANDS

cmd-prompt-confirm = set
    .help = set it (checked on the spot)
cmd-prompt-erase = erase
    .help = erase a character
cmd-prompt-erase-word = erase a word
    .help = erase the last word typed
cmd-prompt-erase-all = clear
    .help = clear what was typed (the name offered too)
cmd-prompt-cancel = cancel
    .help = leave it as it was

## PICK_COMMANDS

cmd-choice-up = choose
    .help = the value above ({ $other }: the one below)
cmd-choice-choose = take it
    .help = take the chosen value (u undoes it)
cmd-choice-cancel = cancel
    .help = keep the value as it is
cmd-pick-up = choose
    .help = the previous scenario ({ $other }: the next)
cmd-pick-choose = open
    .help = take the chosen scenario
cmd-pick-cancel = cancel
    .help = keep things as they are

## CONFIRM_COMMANDS

cmd-confirm-yes = yes
    .help = go ahead
cmd-confirm-save-first = save first
    .help = save, then go ahead (where offered)
cmd-confirm-no = no
    .help = leave everything as it is

## READ_COMMANDS

cmd-read-up = scroll
    .help = scroll up ({ $other }: down)
cmd-read-down-2 = close
    .help = close

## Keys and the help's headings

key-any = any key
key-enter = Enter
key-esc = Esc
key-space = Space
key-backspace = Backspace
key-page-up = PgUp
key-page-down = PgDn
key-tab = Tab
key-shift = Shift
help-main-screen = Main screen
help-draws = Draws
help-plans = Plans
help-compare = Compare
help-timeline = Timeline
help-work-history = Work history
help-job = A job
help-occupation = Finding an occupation
help-typing = Typing a value or a name
help-choosing = Choosing a saved scenario
help-choosing-value = Choosing a value (Enter on a field with choices)
help-questions = Questions
help-reading = Help and notices

## The planner: status lines, panels, popups, the form

new-scenario = new scenario
new-scenario-started = New scenario (u brings the previous one back)
nothing-to-undo = Nothing to undo
nothing-to-redo = Nothing to redo
not-saved = Not saved
not-saved-left-as-is = Not saved: the file on disk was left as it is
still-here = Still here: nothing was lost
no-data-folder = No data folder to save in
state-is-a-folder = { $file } is a folder: the planner cannot note the file open last or the language chosen until it is moved away
state-unreadable = { $file } cannot be read ({ $problem }): the file open last and the language chosen are forgotten, and it is replaced by the next note
no-saved-scenarios = No saved scenarios yet: press s to save this one
no-scenarios-to-swap = No saved scenarios to swap in
starter = A starter profile: change any value with ←/→, press ? for every key
new-file-at = New file { $file }: a starter profile; s saves it there.
choose-a-category = Choose a category with ←/→ to plan to its rounds
paste-ignored = Paste ignored: there is no text to type here
could-not-open = Could not open the scenario
file-left-as-is = The file was left exactly as it is.
job-added = Job added
job-changed = Job changed
job-removed = Job removed (u on the main screen brings it back)
section-core-short = Core
section-spouse-short = Spouse
section-transfer-short = Transfer
section-additional-short = Additional
score-title = Score
total-label = Total
with-spouse = with spouse
single = single
no-categories-yet = Categories: none before 2023-05-31
no-category = no category
in-pool = In the pool
not-in-pool = Not in the pool
pool-not-known = In the pool? not known
gains-title = { $order ->
        [per-effort] Gains for the effort (Enter applies)
       *[points] Biggest gains (Enter applies)
    }
gains-ordered = Gains ordered { $order ->
        [per-effort] by points for each point of effort
       *[points] by points
    }; g switches, remembered
takes-months = { $months ->
        [one] 1 month
       *[other] { $months } months
    }
takes-years = { $years } years
no-gains = No move left raises this score.
not-in-your-hands = Not in your hands:
crs-total = CRS total
score-by-month = Score by month
no-key-dates = No day in these months changes the score.
key-dates = Key dates
none = none
total-row = TOTAL
fields-that-differ = Fields that differ
factor = Factor
no-draws = No draw data is loaded.
every-category-chart = Cut-offs { $from } to { $to }, every category (nomination rounds left out: +600)
save-as-title = Save scenario as
save-copy-title = Save a copy as
name-label = Name:
pick-open = Open a saved scenario
pick-compare = Compare with
pick-side-a = Put on side A
pick-side-b = Put on side B
does-not-load = does not load
unsaved-changes = Unsaved changes
quit-anyway = This scenario has changes that are not saved. Quit anyway?
open-anyway = This scenario has changes that are not saved. Open another anyway?
overwrite-title = Overwrite?
not-in-noc-list = not in the NOC list
ongoing = ongoing
self-employed = self-employed
while-a-student = while a student
stated-years-win = Years typed in the form win over the count (a what-if); clear them there to count again
no-jobs = No jobs yet: a adds one. Eligibility needs the work history; the score can do without.
empty-goes-on = empty: the job goes on
change-a-job = Change a job
add-a-job = Add a job
finder-hint = part of a title, or a code (2 digits: a major group)
no-occupation = No occupation matches.
mouse-heading = Mouse
mouse = a click selects a field or a gain; the wheel scrolls the panel under the pointer
profile-title = Profile
plan-target = Plan · target
group-you = You
group-first-language = First language
group-second-language = Second language
group-work = Work
group-spouse = Spouse or partner
group-extras = Extras
group-eligibility = For eligibility
no-work-history = none given (Enter adds)
not-given = not given
spouse-coming = coming, not Canadian
spouse-not-coming = not coming (no points)
spouse-canadian = citizen/PR (no points)
offer-teer-0-group-00 = TEER 0 group 00
offer-teer-0-3 = TEER 0-3
age-from-birth-date = the age comes from the birth date: change or clear the birth date
deadlines = Deadlines

## Names of things: education, tests, programs, factors

education-less-than-secondary = less than secondary school
education-secondary = secondary school diploma
education-one-year = one-year post-secondary
education-two-year = two-year post-secondary
education-bachelors = bachelor's or 3+ year program
education-two-or-more = two+ credentials, one 3+ years
education-masters = master's / professional degree
education-doctoral = doctoral degree (PhD)
education-less-than-secondary-short = less than secondary
education-secondary-short = secondary
education-one-year-short = 1-year diploma
education-two-year-short = 2-year diploma
education-bachelors-short = bachelor's
education-two-or-more-short = two+ credentials
education-masters-short = master's
education-doctoral-short = doctorate
canadian-education-none = none
canadian-education-one-or-two-year = one or two years
canadian-education-three-year-or-more = three years or more
canadian-education-none-short = none
canadian-education-one-or-two-year-short = 1-2 years
canadian-education-three-year-or-more-short = 3+ years
job-offer-none = none
job-offer-teer0-major00 = NOC TEER 0 Major Group 00
job-offer-other = other TEER 0, 1, 2 or 3
language-english = English
language-french = French
language-english-level = CLB
language-french-level = NCLC
ability-listening = Listening
ability-reading = Reading
ability-writing = Writing
ability-speaking = Speaking
language-test-clb = CLB/NCLC levels
language-test-ielts = IELTS General Training
language-test-celpip = CELPIP-General
language-test-pte = PTE Core
language-test-tef = TEF Canada
language-test-tcf = TCF Canada
program-fsw = Federal Skilled Worker (FSW)
program-cec = Canadian Experience Class (CEC)
program-fst = Federal Skilled Trades (FST)
program-fsw-short = FSW
program-cec-short = CEC
program-fst-short = FST
section-core = A. Core / human capital
section-spouse = B. Spouse or partner
section-transferability = C. Skill transferability
section-additional = D. Additional points
factor-age = Age
factor-education = Education
factor-first-language-ability-listening = First language: listening
factor-first-language-ability-reading = First language: reading
factor-first-language-ability-writing = First language: writing
factor-first-language-ability-speaking = First language: speaking
factor-second-language = Second language
factor-canadian-experience = Canadian work experience
factor-spouse-education = Spouse's education
factor-spouse-language = Spouse's first language
factor-spouse-canadian-experience = Spouse's Canadian experience
factor-education-combinations = Education + language / Cdn. exp.
factor-foreign-experience-combinations = Foreign exp. + lang. / Cdn. exp.
factor-certificate-of-qualification = Certificate of qualification
factor-provincial-nomination = Provincial nomination
factor-job-offer = Arranged employment
factor-canadian-education = Canadian study credential
factor-sibling-in-canada = Sibling in Canada
factor-french = French-language ability
factor-section-cap = Over the section cap
slot-first = first language
slot-second = second language
slot-spouse = spouse's language

## Moves: what a gain or a plan changes

move-ability = { $owner ->
        [second] 2nd lang. { $ability }
        [spouse] Spouse { $ability }
       *[first] { $ability }
    } { $levels } { $from } -> { $to }
move-levels = { $slot } to { $levels } { $to }
move-all-abilities = { $owner ->
        [spouse] Spouse: all { $language } abilities to { $levels } { $to }
       *[other] All { $language } abilities to { $levels } { $to }
    }
move-new-result = { $owner ->
        [spouse] Spouse takes
       *[other] Take
    } a { $language } test: { $levels } { $to } on all four
plan-retake-when = { $step }, { $window ->
        [before] sat before { $by }
       *[between] sat between { $earliest } and { $by }
    }
move-retake = { $owner ->
        [spouse] Spouse retakes
       *[other] Retake
    } { $language } ({ $how })
retake-again = { $levels } { $to } again
retake-raising = { $ability } to { $levels } { $to }
retake-all-to = all to { $levels } { $to }
declare-second-first = you may declare { $language } as your first official language: the total is then { $total } instead of { $now }
move-declare-second-first = Declare { $language } as your first official language
move-canadian-experience = Canadian experience { $from } -> { $to ->
        [one] 1 year
       *[other] { $to } years
    }
move-foreign-experience = Foreign experience { $from } -> { $to ->
        [one] 1 year
       *[other] { $to } years
    }
move-education = Education: { $level }
move-canadian-education = Canadian study credential, { $level }
move-certificate = Certificate of qualification (trade)
move-spouse-education = Spouse education: { $level }
move-spouse-canadian-experience = Spouse Canadian experience { $from } -> { $to ->
        [one] 1 year
       *[other] { $to } years
    }
move-nomination = Provincial nomination
move-job-offer = Job offer: { $offer }
move-sibling = Sibling in Canada (citizen or PR)
move-age = Age { $from } -> { $to }

## The planner: sentences with values

opened = Opened { $file }
opened-with-warning = Opened { $file }; { $warning }
saved = Saved { $file }
not-saved-to = Not saved: { $file }: { $problem }
cannot-create = Cannot create { $folder }: { $problem }
last-gone = The scenario open last time is gone ({ $file }): a starter profile instead
gain-applied = What-if: { $change } (+{ $points }); u undoes it
plan-applied = What-if: plan { $number } applied (effort { $effort }, total { $total }); u undoes it
plan-applied-on = What-if: plan { $number } applied (effort { $effort }): { $total } on { $date }, the day it is done ({ $today } today); u undoes it
latest-cutoff = latest { $category } cut-off ({ $date })
opening-with-cutoff = { $rounds } rounds: latest cut-off { $cutoff }
opening = { $rounds } rounds
opening-silent = { $rounds } rounds: none since { $year }
opening-silent-compact = { $rounds } (none since { $year })
opens = opens { $rounds }
work-changed = { $done }; experience counted from the history: Canadian { $canadian }, foreign { $foreign } (were { $canadian_before } and { $foreign_before })

## The form: each field's label, and what IRCC means by it

field-age = Age
    .help = Age on the day you are invited (not when you enter the pool); 20-29 earn the most
field-education = Education
    .help = Your highest credential, assessed (ECA) if from abroad
field-canadian-education = Canadian study
    .help = A credential earned in Canada: full-time, in person, at least 8 months
field-certificate = Trade certificate
    .help = A certificate of qualification in a trade, issued by a province or territory
field-test = Test
    .help = An approved test less than two years old: IELTS, CELPIP, PTE Core, TEF or TCF Canada
field-score = Score
    .help = The score on the test's own scale; the CLB/NCLC level it gives is on the right
field-canadian-experience = Canadian work
    .help = Skilled (TEER 0-3), paid, full-time or equal part-time work in Canada, last 10 years
field-foreign-experience = Foreign work
    .help = Skilled (TEER 0-3), paid, full-time or equal part-time work abroad, last 10 years
field-spouse-present = Spouse
    .help = Only a spouse coming to Canada who is not a citizen or PR earns spouse points
field-spouse-education = Education
    .help = Your spouse's or partner's highest credential
field-spouse-experience = Canadian work
    .help = Your spouse's skilled, paid work in Canada, last 10 years
field-nomination = Nomination
    .help = A provincial or territorial nomination through an Express Entry stream: +600
field-sibling = Sibling in Canada
    .help = A brother or sister in Canada, 18 or older, a citizen or PR
field-job-offer = Job offer
    .help = A valid arranged-employment offer, where the rule set still scores it
field-work-history = Work history
compare-job = Work history · job { $number }
    .help = Each job with its NOC, place, dates and hours: eligibility counts from it
field-funds = Funds (CAD)
    .help = Money you can show to settle, in Canadian dollars (FSW and FST need it)
field-family-members = Family size
    .help = You, your spouse or partner and dependent children, even those not coming
field-authorized-to-work = Work permit
    .help = Allowed to work in Canada now (with a job offer, no proof of funds is needed)
field-education-assessed = ECA (education)
    .help = An educational credential assessment (ECA) of a credential from abroad
field-study-years = Study years here
    .help = Full-time years of post-secondary study in Canada (FSW adaptability)
field-spouse-study-years = Study years here
    .help = Full-time years of post-secondary study in Canada (FSW adaptability)
field-relative = Family in Canada
    .help = A relative in Canada, 18 or older, a citizen or PR (FSW adaptability)
field-quebec = Living in Quebec
    .help = Quebec chooses its own immigrants: no Express Entry program applies
field-birth-date = Birth date
    .help = With a birth date every day is scored at its own age: birthdays show in the timeline
field-test-date = Test date
    .help = A result counts for two years from its test date; after that it earns nothing
field-spouse-age = Age
    .help = Your spouse's age, for scoring the household with your spouse as the applicant
field-submitted = Profile submitted
    .help = When your Express Entry profile went in: ties at the cut-off go to the earliest
field-work-permit = Work permit ends
    .help = The last day of your work permit: Canadian work stops counting after it, and plans and the outlook count to it
field-assessed-on = ECA issued
    .help = When your credential assessment was issued: it is valid for five years
field-spouse-foreign-experience = Foreign work
    .help = What your spouse would bring as the principal applicant (the household comparison)
field-spouse-certificate = Trade certificate
    .help = What your spouse would bring as the principal applicant (the household comparison)
field-spouse-canadian-education = Canadian study
    .help = What your spouse would bring as the principal applicant (the household comparison)
hint-funds = Canadian dollars you can show; nothing: not given
hint-family-members = people in the family, you included; nothing: from the profile
hint-study-years = full-time years of study in Canada; nothing: from Canadian study
hint-date = a day written YYYY-MM-DD; nothing: not given
hint-spouse-age = whole years; nothing: not given
hint-whole-number = a whole number
age-from-birth = { $age } (born { $birth })
jobs = { $count ->
        [one] 1 job (Enter edits)
       *[other] { $count } jobs (Enter edits)
    }
from-profile = { $count } (from the profile)
from-study = { $years } (from Canadian study)
from-spouse-study = { $years } (from the spouse's study)
expired = { $test } (expired { $date })
plan-by-month = Plan { $number } month by month: { $first } now, { $last } in { $months } months (highest { $high })
percent = { $value }%
outlook-line = Invitation: { $chance } within 6 months · best: { $rounds }
outlook-line-none = Invitation: no round you can be in reaches this score lately
outlook-by-kind = Within 6 months, by kind of round you can be in: { $kinds }
outlook-by-kind-unforeseen = unforeseen rounds { $chance }
outlook-by-kind-none = Within 6 months: no round you can be in has been held
rounds-open = { $rounds } open
outlook-after = Then: { $chance } within 6 months of it ({ $rounds } best)
outlook-after-none = Then: no round you could be in reaches it lately
rounds-until = rounds known to { $date } only

## Kinds of rounds and categories

rounds-all = rounds open to all programs
rounds-pnp = provincial nominee rounds
rounds-cec = CEC rounds
rounds-fsw = FSW rounds
rounds-fst = FST rounds
rounds-category = { $category } rounds
category-french = French-language proficiency
category-healthcare = Healthcare and social services occupations
category-stem = STEM occupations
category-trades = Trade occupations
category-transport = Transport occupations
category-agriculture = Agriculture and agri-food occupations
category-education = Education occupations
category-physicians = Physicians with Canadian work experience
category-researchers = Researchers with Canadian work experience
category-senior-managers = Senior managers with Canadian work experience
category-military = Skilled military recruits

## The planner's panels

modified = modified
rules-id = rules { $id }
rules-id-title = Rules { $id }
error-prefix = Error:
compare-title = Compare · A: { $a }  vs  B: { $b } · rules { $rules }
profiles-same = (none: the profiles are the same)
chart-latest-cutoff = { $category }: latest cut-off { $cutoff } ({ $date }{ $years ->
        [0] {""}
        [1] , a year ago
       *[other] , { $years } years ago
    })
pool-position = Your { $total }: about { $ahead } ahead of you in a pool of { $pool }: you are ahead of { $percent }% ({ $date })
pool-position-none = Your { $total }: no pool distribution has been published
rounds-six-months = Rounds of the last six months (✓ { $total } reaches it, ✗ not eligible, ? not known)
rounds-of-category = { $category } rounds (✓ { $total } reaches it, ✗ not eligible, ? not known)
yes = yes
no = no
categories-line = Categories ({ $version } lists): { $listed }
plan-now = now { $current } · rules { $rules }
overwrite-changed-on-disk = { $file } changed on disk since it was opened or saved: save over it?
overwrite-open-file = That name is the file open now, { $file }: save over it?
overwrite-exists = { $file } is another saved scenario: replace it?
timeline-title = Timeline from { $from }: { $first } now, { $last } in { $months } months if nothing else changes
place-canada = Canada
place-abroad = abroad
place-in-canada = in Canada
hours-a-week-short = h/wk
work-title = Work history · experience counted on { $date }: Canadian { $canadian }, foreign { $foreign } years
finder-title = Find an occupation · { $version } · { $found } of { $all }
too-small = The terminal is { $width }; crs-planner needs at least { $least }. Make it larger, or press q to quit.

## Short names of the rounds in IRCC's feed

draw-all-programs = All programs
draw-provincial-nominee = Provincial Nominee
draw-canadian-experience = Canadian Experience
draw-federal-skilled-worker = Federal Skilled Worker
draw-federal-skilled-trades = Federal Skilled Trades
draw-french = French proficiency
draw-healthcare = Healthcare & social
draw-stem = STEM
draw-trades = Trades
draw-transport = Transport
draw-agriculture = Agriculture
draw-education = Education
draw-senior-managers = Senior managers
draw-physicians = Physicians
draw-researchers = Researchers
draw-military = Military recruits
years = { $count ->
        [one] 1 year
       *[other] { $count } years
    }

## A job's form

job-occupation = Occupation
job-place = Where
job-from = First day
job-to = Last day
job-hours = Hours a week
job-self-employed = Self-employed
job-student = While a full-time student
job-enter-to-find = Enter to find one
job-first-day-hint = the first day, YYYY-MM-DD
job-before-first-day = before the first day ({ $from })
job-not-a-date = not a date
job-not-a-number = not a number
job-not-a-date-hint = not a date (YYYY-MM-DD, 1900 to 2200)
job-hours-range = paid hours a week, 1 to { $most }
language-switched = Language: { $name } (L switches; remembered for next time)
language-not-remembered = The language could not be noted for next time: { $problem }

## Score zones

zone-below-450 = below 450
zone-front = front of the pack
zone-competitive = competitive middle: enter the pool and research nominations
zone-strategic = strategic zone: nominations and category draws
zone-below-450-advice = build the score or seek a provincial nomination

## Requirements not met

unmet-quebec = you plan to live in Quebec, which selects its own immigrants: no Express Entry program applies
unmet-work-history = Work history is empty: add your jobs to know { $program ->
        [cec] CEC (its Canadian hours)
        [fsw] FSW (its one continuous skilled job)
        [fst] FST (its hours in a trade)
       *[none] this
    }
unmet-hours = { $have_months } of { $need_months } months ({ $have_hours } of { $need_hours } hours) { $kind ->
        [canadian] of Canadian skilled work (TEER 0-3)
        [one-skilled-job] in one continuous skilled job (TEER 0-3)
        [trade] in one skilled trade
        [listed-job] of continuous work in one listed occupation
       *[listed-occupation] in one listed occupation{ $in_canada ->
            [yes] , in Canada
           *[no] {""}
        }
    } in the last { $years } years
unmet-hours-met-on = { $counted }; { $months } on { $date } if your job goes on
unmet-language-best = your best valid result's lowest ability is { $level }
unmet-language-no-result = you have no valid result
unmet-french-best = your best French result's lowest ability is { $level }
unmet-french-none = you have none
unmet-language-all-four = CLB/NCLC { $level } in all four abilities: { $best }
unmet-language-cec = CLB/NCLC { $level } in all four abilities ({ $lower } with a year of Canadian work in TEER 2 or 3): { $best }
unmet-language-trades = CLB/NCLC { $listening } listening, { $speaking } speaking, { $reading } reading and { $writing } writing in one result: { $best }
unmet-language-french = NCLC { $level } in all four abilities of a valid French result: { $best }
unmet-education = a secondary school diploma or more
unmet-education-assessed = an educational credential assessment (ECA) of a foreign credential (ECA (education) is set to no)
unmet-grid-points = { $need } of 100 points on the FSW grid: you have { $have }
unmet-funds-unknown = settlement funds not given (Funds (CAD)): { $program } needs { $need } CAD for a family of { $family }, unless you may work in Canada and have a job offer
unmet-funds = proof of funds: { $need } CAD for a family of { $family }; you have { $have } ({ $short } short)
unmet-offer-or-certificate = a job offer or a certificate of qualification in the trade from a Canadian authority
unmet-not-in-pool = in the pool: no program (FSW, CEC, FST) applies
unmet-not-in-pool-unknown = in the pool: whether a program (FSW, CEC, FST) applies is not known
draws-shipped = shipped with crs-planner
draws-imported = imported ({ $file })
draws-downloaded = downloaded, last checked { $date }
draws-describe = draw data up to { $date } (round { $round }), { $source }
chart-not-drawn = { $count ->
        [one] 1 more kind not drawn (←/→ charts one)
       *[other] { $count } more kinds not drawn (←/→ charts one)
    }
chart-you = You { $total }
column-date = Date
column-round = Round
column-category = Category
column-size = Size
column-cutoff = Cut-off
keys-title = Keys

## The score's breakdown on the command line

below-level-4 = below { $levels } 4
years-old = { $age } years old
no-test = no test
detail-education-combinations = lowest { $levels } { $lowest }, { $canadian } in Canada
detail-abroad = { $years } abroad
detail-lowest-nclc = lowest NCLC { $level }
detail-no-french = no French result
detail-above-cap = points above the cap
household-with-spouse = with an accompanying spouse or partner
household-single = single (no accompanying spouse)
rule-set-scored = Rule set { $id } ({ $title }), scored { $household }
languages = Languages
expired-earns-nothing = { $result } (expired { $date }: earns nothing)
slot-first-short = First:
slot-second-short = Second:
slot-spouse-short = Spouse:
not-scored-no-spouse = not scored: no accompanying spouse or partner
not-scored-under = not scored under rule set { $id }
zone-line = Zone { $range }: { $advice }
language-line = { $language }, { $test }: { $parts }

## Eligibility on the command line

unknown = unknown
eligibility-title = Eligibility on { $date } - { $title }
pool-yes = yes ({ $programs })
pool-no = no: no program applies
pool-unknown = unknown: see below what is missing
in-the-pool = In the pool: { $answer }
years-counted = counted from the work history
years-stated = as the file states them
years-stated-over-history = as the file states them, for the score; programs and categories go by the work history, which counts { $canadian } in Canada and { $foreign } abroad
experience-line = Experience: { $canadian } in Canada, { $foreign } abroad ({ $source })
programs = Programs
grid-second-as-first = FSW counts your second official language as first (the first alone does not reach the minimum): declare it first in your profile
grid-points = { $total } of 100 points, pass mark { $pass }: { $rows }
categories-in-force = Categories ({ $version } lists, in force since { $date })
grid-factor = { $factor ->
        [language] language
        [education] education
        [experience] experience
        [age] age
        [arranged_employment] arranged employment
       *[adaptability] adaptability
    } { $points }/{ $max }
reason-of = { $program }: { $reason }

## Plans

plan-title = { $title }: { $current } now, target { $target } (rules { $rules })
plan-title-chance = { $title }: { $current } now (rules { $rules })
plan-title-from = { $title }: { $current } now, target { $target }, { $from } (rules { $rules })
plan-target-from = the latest { $category } round's cut-off (round { $round }, { $date })
plan-no-rounds-of = --target-category: no rounds of { $category }
plan-give-target = give --target N or --target-category C
plan-not-known-yet = Whether you can be in { $rounds } is not known yet:
plan-also-need = To be in { $rounds } you also need:
plan-no-move-opens = No move you can make here opens them; with every move made, still missing:
plan-already-there = Already there: { $current } is at or above { $target }.
plan-out-of-hands = Out of your hands: every move you can make together reaches { $reachable }, short of { $target }.
plan-on-the-way = on the way, by then (birthdays, expiries, experience growing)
plan-safety-limit = The search stopped at its safety limit: these are the best plans found, not proven the cheapest.
plan-effort-note = Effort = months x difficulty (1-5) of each step (rules/effort.json; your copy in the config folder wins); steps can run side by side. Only plans no other beats on effort, finishing day, score and rounds opened are shown (--all shows the rest).
plan-wait-until = wait until { $date }
plan-done-on = done { $date } ({ $months ->
        [one] 1 month
       *[other] { $months } months
    })
plan-about-months = about { $months ->
        [one] 1 month
       *[other] { $months } months
    }
plan-heading = Plan { $number } · effort { $effort } · { $when } · reaches { $total } ({ $gain }){ $best ->
        [no] { " · another plan beats it" }
       *[yes] {""}
    }
plan-heading-chance = { $heading } · { $chance } chance
plan-chance-asked = Aim: a { $least } chance of an invitation within { $within } months of finishing (today { $now })
plan-chance-met = Already there: today's chance of an invitation within { $within } months is { $now }, at least the { $least } asked
plan-chance-out-of-reach = No plan in your hands reaches that chance in the time given: the rounds you could be in do not reach the scores open to you often enough within { $within } months.
plan-chance-typed = Type a chance from 1 to 100 before %: 50% plans to an even chance of an invitation
plan-chance-no-draws = A chance needs the draw data: d opens the rounds, U there updates them
plan-nomination-heading = With a provincial nomination (not in your hands alone) · effort { $effort } · reaches { $total }
plan-step = { $label }  (effort { $effort }, { $months ->
        [one] 1 month
       *[other] { $months } months
    })
plan-still-not-known = Then still not known: { $reasons }
household-spouse-more = With your spouse as principal applicant the household scores { $total }: { $difference } more. Consider applying that way round.
household-spouse-same = With your spouse as principal applicant the household also scores { $total }.
household-spouse-fewer = With your spouse as principal applicant the household scores { $total }: { $difference } fewer, so you should stay principal.
household-spouse-missing = To compare with your spouse as principal applicant, add { $missing }.
household-languages-swapped = Your second official language scores more as your first: declared that way round, the total is { $total } (+{ $gain }).
missing-spouse-age = the spouse's age
missing-spouse-language = the spouse's language results

## Draws on the command line

not-eligible = not eligible
not-known = not known
draws-no-data-folder = no data folder to keep the feed in
draws-imported-into = Imported { $count } rounds, up to { $date } (round { $round }), into { $file }; it is used from now on.
kind-unknown = { $option }: "{ $given }" is not a kind of round; expected one of { $keys }
kind-did-you-mean = { $said }; did you mean { $suggestion }?
draws-heading = IRCC rounds of invitations: { $data }
draws-rounds-since = Rounds since { $date }{ $window ->
        [six-months] { " (the last six months of data)" }
       *[given] {""}
    }: { $count }
draws-col-you = You
draws-col-list = List
draws-col-invited = Invited
draws-category-lists = { $category } ({ $version } lists)
draws-closed-heading = Rounds you could not be in, and why:
draws-standings-heading = Score { $score } against each category's last { $last } rounds:
draws-col-invited-in = Invited in
draws-col-latest-cutoff = Latest cut-off
draws-col-gap = Gap
draws-invited-in = { $invited } of { $rounds }
draws-pnp-note = Provincial Nominee cut-offs include the 600 points of a nomination.
draws-eligible-note = Program and category rounds invite only candidates eligible for them (CEC: { $cec } months of
    Canadian experience; French: NCLC { $french } on all four; occupations: { $months } months' work in one, { $version } lists).
draws-pool = Pool on { $date } (published with round { $round }): about { $ahead } candidates ahead of { $score }, the top { $percent }% of { $total }.
labelled = { $label }: { $value }
unmet-nomination = a provincial nomination
unmet-no-list-on = no category list was in force on { $date }
unmet-no-such-category = the { $version } lists have no { $key } category
category-military-condition = it needs a job offer from the Canadian Armed Forces, which a scenario does not record

## The outlook on the command line

outlook-stale = the newest round known is from { $until }, more than 8 weeks before { $date }: the forecast knows nothing newer (crs-planner draws --update brings the newer rounds)
outlook-give-scenario = give a scenario FILE, or --score N --eligible KINDS
outlook-title = Outlook for { $score } on { $date }, from the rounds up to { $until }:
outlook-warning = Warning: { $text }
outlook-within = { $chance } within { $months } months
outlook-in = { $chance } in { $months }
outlook-any = Any round you can be in: { $chances }
outlook-wait = Expected wait: { $months ->
        [0] under a month
        [one] about 1 month
       *[other] about { $months } months
    }
outlook-wait-long = Expected wait: longer than ten years at the recent pace
outlook-none-held = No round you can be in was held before { $date }.
outlook-kind-rounds = { $count } rounds from { $from } to { $to }, latest cut-off { $cutoff }
outlook-assumed = Counted as open though not known (add the work history to know): { $kinds }
outlook-unknown = Left out, not known to be open to you: { $kinds } (add the facts eligibility needs)
outlook-on-the-past = Out of sample (forecasts from { $from }, each year's model fitted only on what was known before it; `outlook --backtest`): its Brier score is { $ratio } times that of "as in the last 6 months" (95% interval { $low } to { $high }; lower is better). Whether a kind of round runs at all is policy, which the rounds cannot foresee.
outlook-before-permit = Before your work permit ends ({ $date }, { $months ->
        [one] 1 month
       *[other] { $months } months
    } from now): { $chance } chance of an invitation
outlook-permit-ended = Your work permit ended on { $date }: Canadian experience no longer grows
outlook-unforeseen = a round the recent pace does not foresee (a new category, a kind that starts again): { $chances }
outlook-kind-none-yet = no round held yet
outlook-announced = IRCC said on { $date } that these rounds { $change ->
        [start] would start
        [resume] would resume
        [pause] would pause
       *[end] would end
    }
outlook-announced-from = IRCC said on { $date } that these rounds { $change ->
        [start] would start
       *[resume] would resume
    }, not before { $from }
outlook-never-held = No round has ever been held for { $kinds }: the rounds cannot say when one will be, so no chance is given for them.
backtest-brier = { $name }: Brier { $brier }
backtest-col-forecast = forecast
backtest-col-mean = mean
backtest-col-observed = observed
backtest-model = Model
backtest-persistence = Persistence
backtest-frequency = Frequency over two years
backtest-title-rolling = Rolling-origin backtest { $from } to { $to }, { $months }-month horizon: each January the parameters and the recalibration are refitted on the outcomes known by then, and that year's forecasts are scored on { $grid } other scores x eligibility sets a month (out of sample)
backtest-title-given = Backtest of the given parameters { $from } to { $to }, { $months }-month horizon, never refitted, on { $grid } scores x eligibility sets a month
backtest-ratio-interval = Model / persistence: { $ratio } (95% interval over resampled years: { $low } to { $high }); model / frequency: { $frequency }
backtest-calibration-gap = Worst reliability bin with 200 forecasts or more: { $gap } from what happened (before recalibration: { $raw_gap })
backtest-col-years = came true, 95% over resampled years
backtest-within-years = Bins of 200 forecasts or more whose mean forecast lies inside what resampled years allow: { $inside } of { $bins } (the years, not the cases, are what vary: one policy change moves a whole year's forecasts together)
backtest-model-raw = Model before recalibration
backtest-fits = Parameters fitted each January:
params-months = a whole number of months from 1 to 120
params-positive = a number above 0 and at most { $most }
params-rounds = a whole number of rounds from 1 to 1000
params-share = a number from 0 to { $most }
params-calibration = a map of rising (forecast, observed) pairs between 0 and 1, keyed by a horizon in months

## The timeline and the terminal

key-date = { $date }: { $change }, { $reasons }
key-date-total = { $line }  (total { $total })
deadline = { $date }{ $flag ->
        [soon-before-invitation] { " (soon, before the likely invitation)" }
        [before-invitation] { " (before the likely invitation)" }
        [soon] { " (soon)" }
       *[none] {""}
    }: { $what }; { $before }
event-canadian-years-history = Canadian experience reaches { $years ->
        [one] 1 year
       *[other] { $years } years
    } (work history)
event-foreign-years-history = foreign experience reaches { $years ->
        [one] 1 year
       *[other] { $years } years
    } (work history)
event-canadian-years = Canadian experience reaches { $years ->
        [one] 1 year
       *[other] { $years } years
    }
event-foreign-years = foreign experience reaches { $years ->
        [one] 1 year
       *[other] { $years } years
    }
event-birthday = birthday (age { $age })
event-score-moves = the score moves on this day
event-result-expires = { $result ->
        [first] first-language result
        [second] second-language result
       *[spouse] spouse's language result
    } expires (test taken { $taken })
event-rule-set = rule set { $id } comes into force
timeline-no-birth-date = No birth date: age is held as it is today.
timeline-no-experience-dates = No experience start dates: experience is held as it is today.
timeline-no-test-date = No test date: language results are taken to stay valid.
deadline-result = the { $result ->
        [first] first-language
        [second] second-language
       *[spouse] spouse's language
    } result (test taken { $taken }) stops counting
deadline-result-before = retake it before then; an invitation needs results still valid { $days } days on, when you apply
deadline-permit = your work permit ends: Canadian experience stops growing
deadline-permit-before = an invitation before then lets you apply for permanent residence while you can still work (ask about a bridging permit); after it, work in Canada needs a new permit
deadline-eca = the educational credential assessment (issued { $issued }) stops being valid
deadline-eca-before = it must be valid when the profile is submitted and when you apply: order a new one in time
deadline-profile = the Express Entry profile (submitted { $submitted }) expires
deadline-profile-before = submit a new one after it expires; its date then breaks ties at the cut-off
timeline-two-days = --from { $from } and --as-of { $date } name different days; give one of them
timeline-heading = { $title }: { $first } on { $from }, { $last } on { $until } if nothing else changes
timeline-no-key-dates = No day in this period changes the score.
timeline-key-dates = Key dates:
timeline-deadlines = Deadlines:
timeline-month-by-month = Month by month:
timeline-note = Note: { $note }
compare-cannot-draw = { $reason }; `--json` prints the comparison
terminal-error = terminal error: { $problem }
terminal-dumb = this terminal (TERM=dumb) cannot draw the planner; use a full terminal, or the commands: `crs-planner score FILE`, `crs-planner plan FILE --target N`
planner-needs-terminal = the planner needs a terminal; to print the score of { $file } use `crs-planner score`

## Bad input: what a field should hold (the field path stays as in the file)

input-expected-found = expected { $expected }, found { $found }
input-missing = missing; expected { $expected }
input-one-of = one of { $keys }
input-range = { $what } from { $min } to { $max }
input-whole-years = whole years
input-paid-hours = paid hours a week
input-academic-years = academic years
input-people = people
input-true-or-false = true or false
input-date = a date written YYYY-MM-DD
input-date-between = a date written YYYY-MM-DD from { $first } to { $last }
input-age-or-birth = whole years from 0 to { $max }, or a birth_date
input-language-result = a language result object
input-wrong-test = expected a test that reports { $language } ({ $tests }), found { $found }, which does not
input-other-language = a language other than the first language ({ $first })
input-other-spouse-language = a language other than the spouse's first ({ $first })
input-test-day = a test day at most three years after today (a planned test)
test-planned = { $date } (planned)
input-permit-after-jobs = a day on or after the start of every job in Canada (work[{ $index }] starts on { $start })
input-chance = a chance above 0 and at most 1 (0.5) or a percentage above 0 and at most 100 (50%)
plan-by-no-permit = --by permit: the scenario gives no work permit end (profile.work_permit_expires: "YYYY-MM-DD")
plan-by-expected = a day as YYYY-MM-DD, or permit
plan-by-ahead = a day after { $from }
input-not-after-today = a day on or before today
input-birth-age = a birth date giving an age from 0 to { $max }
input-since-beside = expected { $key } beside it: ongoing since when?
input-accompanying-spouse = expected "{ $key }" (the spouse object describes a spouse coming to Canada), found { $found }; for a spouse who earns no points, set "spouse": null
input-accompanying-needs-spouse = expected { $keys } (an accompanying spouse needs the "spouse" object), found "{ $key }"
input-noc = a NOC 2021 unit group such as "21232"
input-noc-not-in = expected { $expected }, found { $found }, which { $version } does not have
input-first-day = the first day of the job, written YYYY-MM-DD
input-last-day = the last day worked, on or after from ({ $from })
input-jobs = a list of jobs (an empty list for none)
input-jobs-at-most = a work history of at most { $most } jobs
found-jobs = { $count } jobs
job-too-many = A work history holds at most { $most } jobs; remove one to add another.
input-funds = an amount in Canadian dollars, 0 or more
input-funds-range = an amount in Canadian dollars from 0 to { $max }
input-empty = the input is empty; expected a JSON object
input-not-json = not valid JSON: { $problem } (line { $line }, column { $column })
input-profile-field-on-top = a profile field at the top of a scenario; expected it inside "profile"
input-string = a string
input-profile-object = a profile object
input-number = a number
input-list = a list
input-expected = expected { $expected }
input-no-fields-here = there are no fields
input-unknown-field = unknown field; { $expected }
input-did-you-mean = { $said }; did you mean "{ $key }"?
input-twice = appears twice; expected each field once
found-object = an object
found-array = an array
found-number = the number { $value }
found-text = the text { $value }
json-trailing = unexpected text after the object
json-eof-list = EOF while parsing a list
json-eof-object = EOF while parsing an object
json-eof-string = EOF while parsing a string
json-eof-value = EOF while parsing a value
json-expected-colon = expected `:`
json-expected-comma-bracket = expected `,` or `]`
json-expected-comma-brace = expected `,` or `{ "}" }`
json-expected-value = expected value
json-expected-ident = expected ident
json-key-string = key must be a string
json-trailing-comma = trailing comma
json-invalid-number = invalid number
json-number-range = number out of range
json-invalid-escape = invalid escape
json-control-character = control character (\u0000-\u001F) found while parsing a string
score-expected-level = a { $level } level
score-expected-band = an IELTS General Training { $ability } band
score-expected-score = a { $test } { $ability } score
score-expected-whole = { $what }, a whole number from { $min } to { $max }
score-expected-halves = { $what } from { $min } to { $max } in steps of { $step }
date-does-not-exist = expected a day that exists, found { $found }: { $why }
date-no-year-zero = there is no year 0000
date-no-month = there is no month { $month }
date-day-zero = days are counted from 01
date-no-february-29 = { $year } has no February 29
date-month-days = { $month ->
        [1] January
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
        [12] December
       *[2] February
    } has { $days } days
file-cannot-read = cannot read the file: { $problem }
file-not-regular = not a regular file ({ $kind ->
        [fifo] a FIFO
        [character-device] a character device
        [block-device] a block device
        [socket] a socket
        [folder] a folder
       *[other] not a file
    }); expected a file of text
file-too-large = larger than { $megabytes } MB; expected a file of at most that size
file-not-utf8 = not UTF-8 text (invalid byte at offset { $offset })
io-not-found = No such file or directory
io-permission-denied = Permission denied
io-is-a-folder = Is a directory
io-disk-full = the disk is full; free some space and save again
io-file-too-large = the file would be larger than this session may write (ulimit -f); nothing was written
input-at-most = at most { $max }
input-from-to = { $min } to { $max }
input-whole-number-to = a whole number from 0 to { $max }
input-whole-points-to = a whole number of points from 0 to { $max }
input-whole-number = a whole number
input-missing-field = missing { $field }
found-empty-text = an empty text
rules-above-row-before = must be above the row before it
rules-name = a name for the rule set
rules-not-below-from = must not be below `from`
rules-age-twice = age { $age } is in two bands
rules-age-in-no-band = age { $age } is in no band; expected bands covering every age from { $first } to { $last }
rules-rank-twice = rank { $rank } is listed twice
rules-inconsistent = { $problem }; expected a consistent rule set
rules-more-than-whole = { $value } points is more than the whole score ({ $most })
rules-step-less = step { $step } scores less than step { $before }
rules-cap-below-part = cap { $cap } is below a part worth { $part }
rules-caps-add-up = the section caps add up to { $sections }, not { $total }
rules-before-oldest = no rule set is in force on { $date }: the oldest one, { $oldest }, starts on { $from }
rules-none-loaded = no rule sets are loaded
rules-no-id = no rule set has the id "{ $id }"
feed-whole = the feed
feed-expected-rounds = expected an object with a "rounds" list ({ $problem })
feed-no-rounds = the feed lists no rounds
feed-round = round { $number }
feed-round-twice = listed twice (rounds[{ $earlier }] and rounds[{ $index }]); expected each round once
feed-after-today = { $date } is after today ({ $today }); expected the date of a round already held
input-absent = missing
feed-too-large = { $value } is too large; expected at most { $max }
feed-round-number = a round number
feed-round-name = the round's name
feed-crs-score = a CRS score from 0 to 1200
feed-long-date = a date like "August 3, 2026"
draws-imported-older = the imported data ({ $file }) ends on { $date }, before the shipped copy; using the shipped copy
draws-imported-bad = { $file }: { $problem }; using the shipped copy
draws-import-older = { $file }: its rounds end on { $date } (round { $round }), before those in use, which end on { $kept_date } (round { $kept_round }); nothing was changed (add --replace-newer to keep it anyway)
draws-cannot-save = { $file }: cannot save: { $problem }
draws-imported-forced = the imported data ({ $file }) ends on { $date }, before the shipped copy ({ $shipped }); it is used because it was imported with --replace-newer, until another import or draws --update replaces it
fetch-bad-address = "{ $url }" is not a web address; expected one starting with https:// or http://
fetch-host-not-found = cannot find { $host }: check the network connection (or the address given with --url), then try again
fetch-cannot-connect = cannot connect ({ $problem }): check the network connection, then try again
fetch-tls = the secure connection failed ({ $problem }): check the computer's date and any proxy or firewall that inspects traffic
fetch-timed-out = no complete answer within { $seconds } seconds: try again later, or give more time with --timeout
fetch-status = the server answered HTTP { $status } { $kind ->
        [server] (a server error): try again later
       *[client] (the address is wrong or the file has moved): check the address, or point --url at a copy
    }
fetch-redirects = the server redirected more than { $most } times; check the address
fetch-too-large = the download is larger than { $megabytes } MB, more than any rounds feed; check the address
fetch-truncated-of = the connection ended after { $received } of { $expected } bytes; try again
fetch-truncated = the connection ended early, after { $received } bytes; try again
fetch-other = the download failed ({ $problem }); try again later
update-failed = cannot download the rounds from { $url }: { $problem }. Nothing was changed.
update-web-page = { $url } sent a web page, not IRCC's rounds feed (a network login page or an error page?); nothing was changed. Check the connection and the address.
update-not-feed = { $url } did not send IRCC's rounds feed: { $problem }; nothing was changed.
update-older = { $url }: its rounds end on { $date } (round { $round }), before those in use, which end on { $kept_date } (round { $kept_round }); nothing was changed.
update-up-to-date = The draw data is already up to date (round { $round }, { $date }).
update-kept = Downloaded { $added ->
        [one] 1 new round
       *[other] { $added } new rounds
    }, up to { $date } (round { $round }), into { $file }; they are used from now on.
update-progress-of = Downloading IRCC's rounds… { $received } KB of { $total } KB
update-progress = Downloading IRCC's rounds… { $received } KB
clap-watch = Update the draw data, then report the rounds since the last run for a scenario (for cron: exit status 10 new rounds, 11 one would have invited you)
clap-watch-file = The scenario to watch for
clap-watch-no-update = Read only the draw data already kept; do not download
clap-watch-url = Download from this address instead of IRCC's (a mirror); default CRS_PLANNER_FEED_URL, then IRCC's address
clap-watch-timeout = Give up the download after this many seconds
clap-watch-notify-cmd = Run this command (by the shell) with the summary on its standard input when a new round would have invited you (exit status 11)
watch-heading = Watching for { $scenario }
watch-first = First check for this scenario: rounds up to { $date } (round { $round }) count as seen; from now on, watch reports the rounds after them.
watch-nothing-new = No new rounds since the last check (rounds up to { $date }).
watch-new-rounds = { $count ->
        [one] 1 new round
       *[other] { $count } new rounds
    } since the last check (rounds up to { $date }):
watch-cutoff = cut-off { $cutoff }, { $size } invited
watch-not-eligible = you could not be in it
watch-not-known = not known whether you could be in it
watch-invited = ✓ you could be in it and your { $score } reached it
watch-short = you could be in it; your { $score } was { $short } short
watch-result-invited = At least one of these rounds would have invited you (exit status 11).
watch-result-none = None of these rounds would have invited you (exit status 10).
watch-notify-failed = the notify command "{ $command }" failed ({ $problem }); it runs again on the next check
watch-notify-status = it ended with { $status }
unmet-kind-not-known = a round kind not known to this version ({ $kind })
data-same-start = expected a date no other version starts on, found { $date } (version { $version } starts then)
data-noc = a NOC 2021 unit group of five digits such as "21232"
data-teer = { $teer } (the code's second digit)
data-title = a title
data-code-twice = expected each code once, found { $code } twice
data-no-unit-groups = expected at least one unit group, found none
data-hours = hours from 1 to 100000
data-hours-a-week = at most 168 hours a week
data-bands-rising = expected bands in rising order of years
data-date-twice = expected each date once, found { $date } twice
data-amounts-rising = expected amounts that do not fall as the family grows
data-no-tables = expected at least one table, found none
data-version-name = a version name
data-category-id = an id of lowercase letters, digits and '-' such as "healthcare"
data-category-twice = expected each category once, found { $id } twice
data-window = expected hours from 1 to 100000 and a window of 1 to 50 years, found { $hours } hours in { $years } years
data-window-years = a window of 1 to { $most } years
data-no-codes = expected the listed NOC codes, found none
data-code-not-listed = expected unit groups of { $list ->
        [new] the new NOC list
       *[in-use] the NOC list
    } ({ $version }), found { $code }, which it does not have
years-disagree = { $place ->
        [canadian] Canadian experience
       *[foreign] foreign experience
    }: the file says { $stated } years, the work history counts { $counted }
result-expired = the { $result ->
        [first] first-language
        [second] second-language
       *[spouse] spouse's language
    } result (test taken { $taken }) expired on { $expiry }: it earns nothing
result-expires = the { $result ->
        [first] first-language
        [second] second-language
       *[spouse] spouse's language
    } result (test taken { $taken }) expires on { $expiry }
folder-dangling-link = { $folder } is a link to { $target }, which does not exist
folder-is-a-file = { $folder } is a file, not a folder; move it away to save here
save-no-file-name = the path names no file
save-changed = the file changed since it was read
save-busy = another program is saving in this folder; try again
save-link-loop = { $file }: the links lead round in a loop; expected a link to a file
rules-skipped-not-a-rule-set = { $file }: skipped: not a rule set (no "format": "crs-rules/1")
rules-same-id = { $earlier } and { $later } both define the rule set "{ $id }"; the one in { $later } is used
rules-same-day = { $first } and { $second } both come into force on { $date }; "{ $used }" is used from that day
rules-from-file = "{ $id }" ({ $file })
rules-shipped-set = the shipped "{ $id }"
rules-old-place = { $file }: rule sets now live in { $folder }; move it there (it was read this time)
skipped-macos-metadata = { $file }: skipped, a macOS metadata file
effort-unknown-move = unknown move; expected { $keys }
example-title = Example scenario "{ $name }" ({ $file }); score your own with `crs-planner score FILE`
standard-input = standard input
form-expected-or-nothing = expected { $expected }, or nothing
form-date-how = write it as YYYY-MM-DD (1994-06-15)
form-date-as = write it as YYYY-MM-DD ({ $date })
form-date-as-either = write it as YYYY-MM-DD ({ $first } or { $second })
form-not-a-number = { $text } is not a number
form-no-test-here = no test here
form-chosen-with-arrows = this field is chosen with Left/Right
terminal-gone = the terminal went away
jobs-title = Jobs ({ $count })
job-not-saved = Not saved: { $problem }
stdin-unreadable = <stdin>: cannot read standard input: { $problem }

## The command line's help and clap's refusals (English comes from the code's doc comments)

clap-about = Exact Express Entry CRS scores (the 1200-point Comprehensive Ranking System), computed offline from the official tables.

    With no command, opens the what-if planner on the scenario open last time (or a starter profile).
clap-lang = The language of everything written for people: en or fr (or one added in <config>/i18n/); default CRS_PLANNER_LANG, the planner's last choice, then the locale. JSON stays as it is
clap-as-of = Score under the rule set in force on this date (YYYY-MM-DD); default today
clap-rules = A rules file that adds a rule set or replaces the one with its id (repeatable)
clap-json = Print JSON
clap-batch = Read JSON lines (one profile or scenario each) on standard input and print one JSON line per input line
clap-score = Score a scenario file (or a bare profile), or JSON lines with --batch
clap-score-file = Scenario file or bare profile object; `-` reads standard input
clap-open = Open a scenario file in the planner
clap-open-file = The scenario file; saving writes back to it
clap-plan = The least-effort plans that reach a target score, and who should apply
clap-plan-file = The scenario to plan from
clap-plan-target = The score to reach
clap-plan-target-category = Aim for the rounds of a draw category (cec, french, ...): its latest cut-off, unless --target gives the score, and what it asks besides
clap-plan-effort = An effort file (`crs-effort/1`) to use over the defaults
clap-plan-all = Show plans another plan beats on effort, finishing day, score and rounds opened too
clap-plan-chance = Aim for a chance of an invitation (0.5 or 50%) within --within months of finishing, by the outlook's model, eligibility included
clap-plan-within = With --chance: the months after finishing the chance is counted over
clap-plan-by = Finish by this day (YYYY-MM-DD), or by the work permit's end (permit)
clap-timeline = The score month by month if nothing changes, with the days it moves
clap-timeline-file = The scenario to project
clap-timeline-from = The first day of the projection (default today)
clap-timeline-months = How many months to project
clap-draws = IRCC's rounds of invitations, and where a score stands against them
clap-draws-category = Only rounds of this category (all, pnp, cec, fsw, fst, french, healthcare, stem, trades, transport, agriculture, education, senior-managers, physicians, researchers, military)
clap-draws-since = Only rounds on or after this date (default: the last six months of data)
clap-draws-score = A CRS score to read against the rounds
clap-draws-scenario = A scenario whose score is read against the rounds
clap-draws-last = How many of each category's latest rounds to count
clap-draws-import = Check a newer copy of IRCC's feed and keep it in the data folder
clap-draws-replace-newer = With --import: keep the file even if its rounds end before those of the data in use
clap-draws-update = Download IRCC's feed now and keep it when it has newer rounds (the only time crs-planner uses the network)
clap-draws-url = With --update: download from this address instead of IRCC's (a mirror); default CRS_PLANNER_FEED_URL, then IRCC's address
clap-draws-timeout = With --update: give up after this many seconds
clap-eligibility = Which programs (FSW, CEC, FST) and category rounds a scenario can be in
clap-eligibility-as-of = Judge on this date (YYYY-MM-DD); default today
clap-outlook = The chance of an invitation within 3, 6 and 12 months, and its backtest
clap-outlook-file = A scenario: its score and what it is eligible for, as of the date
clap-outlook-score = A score instead of a scenario (with the nomination's 600 if nominated)
clap-outlook-eligible = What the score is eligible for: programs and categories (fsw,cec,french)
clap-outlook-nominated = With a provincial nomination (provincial nominee rounds are open)
clap-outlook-as-of = Forecast as of this day, from the rounds before it (default today)
clap-outlook-months = The horizons, in months
clap-outlook-feed = A feed file to read the rounds from instead of the shipped or imported one
clap-outlook-batch = JSON lines in and out
clap-outlook-backtest = Replay history: the model and two naive forecasts against what happened
clap-outlook-from = The first month of the backtest
clap-outlook-to = The last month of the backtest
clap-outlook-fit = Fit the model's parameters on the rounds of the feed in use (or --feed) and print them (crs-outlook/1)
clap-outlook-params = Forecast (and backtest, and answer --batch) with the parameters in this file (crs-outlook/1) instead of the shipped ones
clap-compare = Two scenarios side by side (JSON with --json or when piped)
clap-compare-a = The first scenario (A)
clap-compare-b = The second scenario (B), set beside the first
clap-completions = Print shell completions (bash, zsh, fish, elvish, powershell)
clap-completions-shell = The shell
clap-man = Print the manual page (roff)
clap-help-command = Print this message or the help of the given subcommand(s)
clap-help = Print help
clap-version = Print version
clap-usage = Usage:
clap-commands = Commands
clap-arguments = Arguments
clap-options = Options
clap-default = default: { $value }
clap-possible = possible values: { $values }
clap-error = error: { $problem }
clap-more = For more information, try '--help'.
clap-unknown-argument = unexpected argument '{ $argument }' found
clap-unknown-command = unrecognized subcommand '{ $command }'
clap-value-needed = a value is required for '{ $argument }' but none was supplied
clap-invalid-value = invalid value '{ $value }' for '{ $argument }'
clap-invalid-value-of = invalid value '{ $value }' for '{ $argument }' (possible values: { $valid })
clap-value-refused = invalid value '{ $value }' for '{ $argument }': { $why }
clap-conflict = the argument '{ $argument }' cannot be used with '{ $other }'
clap-missing = the following required arguments were not provided: { $arguments }
clap-missing-command = a command is required
clap-too-many = unexpected value '{ $value }' for '{ $argument }' found; no more were expected
clap-wrong-number = '{ $argument }' was given the wrong number of values
clap-no-equals = equal sign is needed when assigning values to '{ $argument }'
clap-not-utf8 = invalid UTF-8 was detected in one or more arguments
clap-command = COMMAND
clap-value-file = FILE
clap-value-kinds = KINDS
clap-value-lang = LANG
clap-value-seconds = SECONDS
clap-score-json = Print the score as JSON
clap-score-versus = Score the scenario twice, side by side: under the rule set in force (without the --rules files) and under the rule set of the last --rules file
clap-eligibility-json = Print the answers as JSON
clap-compare-json = Print the comparison as JSON
clap-similar-command = tip: { $count ->
        [one] a similar subcommand exists
       *[other] some similar subcommands exist
    }: { $similar }
clap-similar-argument = tip: { $count ->
        [one] a similar argument exists
       *[other] some similar arguments exist
    }: { $similar }
clap-quoted = '{ $text }'
man-name = NAME
kind-short-all = all
kind-short-pnp = PNP
dollars = ${ $amount }
job-span = { $from } to { $to }
job-span-ongoing = { $from } to ongoing
title-in-english = { $title }
job-teer-unlisted = TEER { $teer }; no category lists it
job-teer-listed = TEER { $teer }; listed by: { $listed }
saved-in = in { $folder }
field-change = { $field }: { $from } -> { $to }
rule-set-title-2017 = Oldest supported: arranged employment 200 / 50, sibling 15, French 15 / 30
rule-set-title-2020 = French-language points raised to 25 / 50
rule-set-title-2025 = Arranged employment no longer scored

## Occupation-based factors in a rule set (crs-rules/2)
rules-occupation-lists = the occupation lists the factors name
rules-list-id = a list id
rules-list-twice = the list { $id } is already defined above
rules-factor-id = a factor id no other factor has
rules-list-file-name = the name of a .json file in the config folder's occupations/ folder
rules-list-file-or-inline = expected a list file or inline tiers and occupations, not both
rules-list-tiers = the list's tiers
rules-list-occupations = the listed occupations (a NOC code and a tier each)
input-empty-list = an empty list
input-empty-object = an empty object
rules-tier-name = a tier name given once
rules-noc-twice = { $noc } is listed twice (tier { $earlier }, then { $tier })
rules-no-lists = found the list { $found }, but the rule set has no occupation lists
rules-factor-needs-a-part = expected "canadian_work", "job_offer" or both
rules-cap-below-tier = cap { $cap } is below the { $points } points of tier { $tier } ({ $part })
input-whole-months = whole months
rules-months-past-window = { $months } months do not fit in { $years } years
rules-points-by-tier = points by tier
rules-tier-not-in-list = expected a tier of the list { $list } ({ $tiers }), found { $tier }
rules-list-file-missing = expected a list file in { $folder }, found none named { $name }
rules-needs-format-2 = { $key } needs "format": "{ $format }"
factor-occupation = Occupation-based points
occupation-work = tier { $tier }: { $months ->
    [one] 1 month
   *[other] { $months } months
} in Canada in the last { $years ->
    [one] year
   *[other] { $years } years
} as { $occupation }
occupation-offer = tier { $tier }: a job offer in { $occupation }
occupation-none = no listed occupation
versus-title = { $title }, on { $date }
versus-rule-set = { $id }: { $title }
versus-difference = B - A
versus-occupation-why = Occupation-based points:
cmd-main-versus = versus
    .help = score the profile also under another rule set (a reform, a file in the rules folder), then the next, then none
versus-on = Also scored under rule set { $id } (V: the next one)
versus-off = Scored under the rule set in force only
versus-line = under { $id }: { $total } ({ $difference })

## crs-planner report
report-cannot-write = { $file }: cannot write the report: { $problem }; nothing was written
report-written = Report written to { $file } ({ $bytes } bytes)
report-no-folder = { $folder }: no such folder; nothing was written
report-is-a-folder = { $file } is a folder; nothing was written
report-exists = { $file } is already there; give another --out, or --force to replace it
report-title = CRS report: { $name }
report-subtitle = On { $date }, from { $file }, by crs-planner { $version }
report-score = Score
report-total = Total { $total } / { $max }: { $zone }, { $advice }
report-column-row = Row
report-column-on = Scored on
report-column-points = Points
report-column-max = Most
report-eligibility = Programs and categories
report-grid = FSW grid { $total } / 100 (pass mark { $pass }): { $rows }
report-column-program = Program
report-column-answer = Eligible
report-column-why = Why
report-column-category = Category
report-gains = What would raise the score
report-gains-intro = Each change alone, with the effort and months it usually takes (the planner's effort table).
report-column-change = Change
report-column-effort = Effort
report-column-months = Months
report-cutoff-line = { $kind }: latest cut-off { $cutoff }
report-chart-title = The score over the next { $months } months if nothing changes
report-chart-summary = From { $from }: { $now } now; between { $lowest } and { $highest } over { $months } months, with birthdays, experience and test results as the file gives them.
report-key-dates = Days the score changes
report-column-date = Date
report-column-change-points = Change
report-column-total = Total
report-deadlines = Deadlines
report-column-what = What
report-column-before = Before it
report-before-invitation = (before the invitation the outlook expects)
report-timeline = Month by month
report-outlook = The chance of an invitation
report-outlook-any = By round kinds open to this profile, at today's score: { $three } within 3 months, { $six } within 6, { $twelve } within 12.
report-announced = { $kind }: { $said }
report-outlook-wait = Expected wait when such rounds come: { $months } months.
report-data = Draw data up to round { $round } of { $date } ({ $days } days before the report's day).
report-column-kind = Kind of round
report-column-within = within { $months } months
report-column-rounds-year = Rounds, last 12 months
report-column-last-cutoff = Last cut-off
report-backtest = Backtest of the model on past rounds (refitted each year on what was known then): Brier score { $model } at 6 months against { $persistence } for "the last cut-off again", a ratio of { $ratio }.
report-not-advice = This is not legal advice. It is computed by crs-planner from IRCC's published CRS tables, program requirements and category lists, and IRCC's rounds of invitations; only IRCC decides. Check the official calculator and a licensed consultant before acting.
report-how = Scored under rule set { $rules }; chances from a model of the rounds up to round { $round } ({ $date }); a chance is an estimate, not a promise.
clap-report = Write a report of a scenario to share, as one HTML page (no network needed) or Markdown
clap-report-file = The scenario to report on
clap-report-format = html (one self-contained page) or md (tables to paste)
clap-report-out = Where to write it (default: beside the scenario, its name with .html or .md)
clap-report-force = Replace a file that is already there
report-plans = Plans
report-plans-goal = To the latest cut-off of { $kind } rounds: { $cutoff } (round { $round }, { $date }). Only plans no other plan beats (as cheap, as soon and as high) are listed; each is scored on the day it is done.
report-column-plan = Plan
report-column-steps = Steps
report-column-done = Done on
report-column-reaches = Reaches
cmd-main-report = report
    .help = write a report of this scenario to share (one HTML page) beside its file, or in the scenarios folder
report-nowhere = Nowhere to write the report: save the scenario to a file first
report-written-planner = Report written to { $file }
