//! Every word of the interface the app asks for: one [`Word`] each, with its key in
//! `interface.toml` and the named placeholders its text must hold. A new word is a line here
//! and a line in every content set's table (the build names what is missing).

/// Declares [`Word`] with its keys and placeholders from one list, so the three never drift.
macro_rules! words {
    ($( $(#[$doc:meta])* $name:ident = $key:literal $([$($ph:literal),+])? ,)*) => {
        /// One word or phrase of the app's interface (a view asks for it by this name; its text
        /// is the clinic's, from the content file).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Word {
            $( $(#[$doc])* $name, )*
        }

        impl Word {
            /// Every word, in the order the content file carries their texts.
            pub const ALL: &'static [Word] = &[$(Word::$name,)*];

            /// The word's key in the `[interface]` table.
            pub const fn key(self) -> &'static str {
                match self {
                    $(Word::$name => $key,)*
                }
            }

            /// The placeholders its text must hold, each filled by the code.
            pub const fn placeholders(self) -> &'static [&'static str] {
                match self {
                    $(Word::$name => &[$($($ph),+)?],)*
                }
            }
        }
    };
}

words! {
    // The program builder (`/program/new/`).
    /// The builder's title and heading.
    BuilderTitle = "builder-title",
    /// The chosen list's heading, with how many of the most.
    BuilderCount = "builder-count" ["count", "max"],
    /// The condition the program started from.
    BuilderStartedFrom = "builder-started-from" ["condition"],
    /// What to do while the program is empty.
    BuilderEmpty = "builder-empty",
    /// The program's total time played in a row.
    BuilderPlayedIn = "builder-played-in" ["duration"],
    /// One second of the total time.
    SecondsOne = "seconds-one",
    /// Seconds of the total time.
    SecondsMany = "seconds-many" ["count"],
    /// One minute of the total time.
    MinutesOne = "minutes-one",
    /// Minutes of the total time.
    MinutesMany = "minutes-many" ["count"],
    /// The button that clears the program.
    BuilderClear = "builder-clear",
    /// The hand-over's heading, and the button that scrolls to it.
    HandItOver = "hand-it-over",
    /// The question before a third stretch.
    BuilderThirdTitle = "builder-third-title" ["stretch"],
    /// Adds the third stretch.
    BuilderAddAnyway = "builder-add-anyway",
    /// Keeps two stretches.
    BuilderKeepTwo = "builder-keep-two",
    /// The hold's field label.
    BuilderHoldSeconds = "builder-hold-seconds",
    /// The repetitions' field label for a held move.
    BuilderTimes = "builder-times",
    /// The repetitions' field label for a move not held.
    BuilderRepetitions = "builder-repetitions",
    /// The each-side checkbox.
    BuilderEachSide = "builder-each-side",
    /// The times-a-day field.
    BuilderTimesADay = "builder-times-a-day",
    /// The days-a-week field.
    BuilderDaysAWeek = "builder-days-a-week",
    /// Moves a stretch up the list.
    BuilderEarlier = "builder-earlier",
    /// The same button, for a screen reader.
    BuilderEarlierNamed = "builder-earlier-named" ["stretch"],
    /// Moves a stretch down the list.
    BuilderLater = "builder-later",
    /// The same button, for a screen reader.
    BuilderLaterNamed = "builder-later-named" ["stretch"],
    /// Removes a stretch.
    BuilderRemove = "builder-remove",
    /// The same button, for a screen reader.
    BuilderRemoveNamed = "builder-remove-named" ["stretch"],
    /// A precaution the move has a written way round.
    BuilderModified = "builder-modified" ["precaution"],
    /// Before the precautions to ask about.
    BuilderAskFirst = "builder-ask-first",

    // A program handed over by link or QR code (`/p/#<code>`).
    /// The page's title and heading.
    LinkTitle = "link-title",
    /// Title and heading of a link that cannot be opened.
    LinkBroken = "link-broken",
    /// Under a broken link's reason.
    LinkNothingChanged = "link-nothing-changed",
    /// The client's own page, as a link or button.
    MyProgram = "my-program",
    /// Whose app the link opens in, and that anyone can make one.
    LinkFrom = "link-from" ["clinic"],
    /// Saves the program.
    LinkSave = "link-save",
    /// The replace question's group, for a screen reader.
    LinkReplaceLabel = "link-replace-label",
    /// Asks before replacing a different saved program.
    LinkReplaceAsk = "link-replace-ask",
    /// Replaces it.
    LinkReplace = "link-replace",
    /// Keeps the saved program.
    KeepMine = "keep-mine",
    /// Said once saved (a link to My program follows).
    LinkSaved = "link-saved",
    /// The link to My program once saved.
    OpenMyProgram = "open-my-program",
    /// Saved data that cannot be read blocks saving.
    LinkBlocked = "link-blocked",
    /// The browser keeps nothing.
    LinkNotKept = "link-not-kept",
    /// The play section, for a screen reader.
    LinkPlayLabel = "link-play-label",
    /// After playing an unsaved program.
    LinkAllDone = "link-all-done",
    /// Plays the program from the link.
    LinkPlayNow = "link-play-now",
    // The client's own page (/program/).
    /// A change the phone could not keep.
    MineNotKeptChange = "mine-not-kept-change",
    /// Nothing saved over data that cannot be read.
    MineNotSavedUnreadable = "mine-not-saved-unreadable",
    /// The browser keeps nothing.
    MineNotKept = "mine-not-kept",
    /// No program saved yet.
    MineEmpty = "mine-empty",
    /// The link to the stretches.
    MineBrowseStretches = "mine-browse-stretches",
    /// The log file section's heading.
    MineFilesTitle = "mine-files-title",
    /// A saved program this version cannot play.
    MineCannotPlay = "mine-cannot-play" ["why"],
    /// The ease question before playing.
    EaseBeforeQuestion = "ease-before-question",
    /// Plays the saved program.
    MinePlay = "mine-play",
    /// After logging today.
    MineLogged = "mine-logged",
    /// A phone date that cannot be right.
    MineWrongDate = "mine-wrong-date" ["year"],
    /// One log entry set aside.
    SetAsideOne = "set-aside-one",
    /// Log entries set aside.
    SetAsideMany = "set-aside-many" ["count"],
    /// The reminder's title in the phone's calendar.
    ReminderEvent = "reminder-event",
    /// The reminder section's heading.
    ReminderTitle = "reminder-title",
    /// The reminder time's label.
    ReminderAt = "reminder-at",
    /// Makes the calendar file.
    ReminderAdd = "reminder-add",
    /// What the calendar file is.
    ReminderNote = "reminder-note",
    /// Saves the log as a file.
    MineSaveLog = "mine-save-log",
    // The log, the week and the summary for the next visit (My program).
    /// The log form's heading after a session.
    LogTitle = "log-title",
    /// The ease question after the session.
    EaseAfterQuestion = "ease-after-question",
    /// The rating given before the session.
    LogBeforeSaid = "log-before-said" ["rating"],
    /// Logs today.
    LogDone = "log-done",
    /// The hard end of the ease row, shown.
    EaseHardEnd = "ease-hard-end",
    /// The easy end of the ease row, shown.
    EaseEasyEnd = "ease-easy-end",
    /// The hard end's button, for a screen reader.
    EaseHardLabel = "ease-hard-label",
    /// The easy end's button, for a screen reader.
    EaseEasyLabel = "ease-easy-label" ["max"],
    /// The week section's heading.
    WeekTitle = "week-title",
    /// What the week's sources line is for, for a screen reader.
    WeekSourcesAbout = "week-sources-about",
    /// A calendar day practised, for a screen reader.
    DayDone = "day-done",
    /// A calendar day before the first session, for a screen reader.
    DayBeforeFirst = "day-before-first",
    /// A calendar day not logged, for a screen reader.
    DayNotLogged = "day-not-logged",
    /// A calendar day still to come, for a screen reader.
    DayToCome = "day-to-come",
    /// The calendar's caption for one week.
    CalendarCaptionOne = "calendar-caption-one",
    /// The calendar's caption for several weeks.
    CalendarCaptionMany = "calendar-caption-many" ["count"],
    /// The summary's heading.
    VisitSummaryTitle = "visit-summary-title",
    /// How many sessions were logged.
    SessionsLogged = "sessions-logged" ["count"],
    /// The chart's key for ratings before.
    LegendBefore = "legend-before",
    /// The chart's key for ratings after.
    LegendAfter = "legend-after",
    /// The ratings table's caption.
    EaseTableCaption = "ease-table-caption",
    /// The caption when only the latest ratings are shown.
    EaseTableCaptionLatest = "ease-table-caption-latest" ["count"],
    /// The ratings table's day column.
    EaseTableDay = "ease-table-day",
    /// The ratings table's before column.
    EaseTableBefore = "ease-table-before",
    /// The ratings table's after column.
    EaseTableAfter = "ease-table-after",
    // The program played as one session.
    /// Which stretch is playing.
    SessionHeading = "session-heading" ["number", "total", "stretch"],
    /// The session's moves, for a screen reader.
    SessionNavLabel = "session-nav-label",
    /// Goes back a stretch.
    SessionPrevious = "session-previous",
    /// Goes on to the next stretch.
    SessionNext = "session-next" ["stretch"],
    /// Ends the session.
    SessionFinish = "session-finish",
    // The hand-over in the builder: QR code, link, print.
    /// The QR code, for a screen reader.
    HandOffQrLabel = "hand-off-qr-label",
    /// How the client gets the program.
    HandOffHow = "hand-off-how",
    /// Before the link.
    HandOffLink = "hand-off-link",
    /// Copies the link.
    HandOffCopy = "hand-off-copy",
    /// Prints the handout.
    HandOffPrint = "hand-off-print",
    /// Once the link is copied.
    HandOffCopied = "hand-off-copied",
    // Today's treatment: the builder's form and what the client reads.
    /// The builder's treatment form, folded.
    TreatmentOptional = "treatment-optional",
    /// The treatment's heading for the client.
    TodaysTreatment = "todays-treatment",
    /// The muscles worked today.
    MusclesWorked = "muscles-worked",
    /// How to mark the muscles worked.
    TreatmentTap = "treatment-tap",
    /// The techniques used today.
    Techniques = "techniques",
    /// The aftercare chosen.
    Aftercare = "aftercare",
    /// What the aftercare's sources line is for, for a screen reader.
    AftercareSourcesAbout = "aftercare-sources-about",
    /// The note field's label.
    TreatmentNoteLabel = "treatment-note-label" ["count"],
    /// The note, which anyone making a link could have written.
    NoteCarried = "note-carried",
    /// The come-back field's label.
    TreatmentComeBack = "treatment-come-back",
    /// No come-back chosen.
    TreatmentNotSet = "treatment-not-set",
    /// The booked day field's label.
    TreatmentOnDay = "treatment-on-day",
    /// When to come back, as the client reads it.
    ComeBack = "come-back",
    /// Before the booking offer.
    ComeBackWhen = "come-back-when" ["when"],
    // Saved data that could not be read, and the copies kept (My program).
    /// The heading when saved data cannot be read.
    UnreadableTitle = "unreadable-title",
    /// That nothing is lost yet.
    UnreadableStillHere = "unreadable-still-here",
    /// The first choice: leave them.
    UnreadableLeave = "unreadable-leave",
    /// Saves them as a file.
    UnreadableSaveFile = "unreadable-save-file",
    /// Starts afresh, keeping a copy.
    UnreadableAfresh = "unreadable-afresh",
    /// No room for a copy.
    UnreadableNoRoom = "unreadable-no-room",
    /// Starts afresh without a copy.
    UnreadableAfreshNoCopy = "unreadable-afresh-no-copy",
    /// Too many copies kept.
    UnreadableTooMany = "unreadable-too-many",
    /// The copies' heading.
    KeptTitle = "kept-title",
    /// What the copies are.
    KeptLead = "kept-lead",
    /// A copy holds one session the log lacks.
    KeptHoldsOne = "kept-holds-one",
    /// A copy holds sessions the log lacks.
    KeptHoldsMany = "kept-holds-many" ["count"],
    /// Adds them to the log.
    KeptAdd = "kept-add",
    /// Nothing in the copy is missing from the log.
    KeptAllInLog = "kept-all-in-log",
    /// A copy this version cannot read.
    KeptUnreadable = "kept-unreadable" ["why"],
    /// Saves a copy as a file.
    KeptSaveFile = "kept-save-file",
    /// Removes a copy.
    KeptRemove = "kept-remove",
    /// Shows the copy's text.
    KeptWhatItHolds = "kept-what-it-holds",
    // The builder's finder: the client's problem, words or muscle.
    /// The finder's heading.
    FinderTitle = "finder-title",
    /// The search field's label.
    FinderLabel = "finder-label",
    /// The search field's example.
    FinderPlaceholder = "finder-placeholder",
    /// Nothing found for the words typed.
    FinderNothing = "finder-nothing" ["words"],
    /// The moves' heading.
    FinderLibrary = "finder-library",
    /// Opens the body map.
    FinderByMap = "finder-by-map",
    /// The moves shown for a muscle.
    FinderShowing = "finder-showing" ["muscle"],
    /// Shows every move again.
    FinderShowAll = "finder-show-all",
    /// Adds a move, for a screen reader.
    FinderAddNamed = "finder-add-named" ["stretch"],
    // Reading a log file from another phone (My program).
    /// One session from a file.
    ImportSessionsOne = "import-sessions-one",
    /// Sessions from a file.
    ImportSessionsMany = "import-sessions-many" ["count"],
    /// A file with nothing new.
    ImportNothingAdded = "import-nothing-added",
    /// Sessions added from a file.
    ImportAdded = "import-added" ["sessions"],
    /// One entry of a file left out.
    ImportLeftOutOne = "import-left-out-one",
    /// Entries of a file left out.
    ImportLeftOutMany = "import-left-out-many" ["count"],
    /// A file's program this app cannot play.
    ImportProgramUnusable = "import-program-unusable" ["why"],
    /// A file that cannot be used.
    ImportUnusable = "import-unusable" ["why"],
    /// A file's sessions the phone could not keep.
    ImportNotSaved = "import-not-saved",
    /// A file's program now used.
    ImportProgramUsed = "import-program-used",
    /// The saved program kept.
    ImportProgramKept = "import-program-kept",
    /// Reads a log file.
    ImportRead = "import-read",
    /// Offers a file's program.
    ImportOffer = "import-offer",
    /// The file's program differs from the saved one.
    ImportOfferDifferent = "import-offer-different",
    /// Uses the file's program.
    ImportUse = "import-use",
    /// Declines the file's program when none is saved.
    ImportNotNow = "import-not-now",
    // The stand-in the build writes for the program pages, until the app opens them.
    /// While a link's program opens.
    OpeningLink = "opening-link",
    /// While the saved program opens.
    OpeningSaved = "opening-saved",
    /// Shown by the stylesheet when the app never came.
    OpeningLate = "opening-late",
    /// With JavaScript off.
    OpeningNoScript = "opening-no-script",
    // The treatment room, the therapist's page (/treatment-room/).
    /// The treatment room's title, heading and links to it.
    TreatmentRoom = "treatment-room",
    /// Whom the treatment room is for.
    TreatmentRoomLead = "treatment-room-lead",
    /// The link to explain mode.
    ExplainMode = "explain-mode",
    /// What explain mode is.
    ExplainModeWhat = "explain-mode-what",
    /// What the builder is.
    BuilderWhat = "builder-what",
    /// The tablet section's heading.
    TabletTitle = "tablet-title",
    /// The checkbox marking the clinic's tablet.
    TabletIsClinics = "tablet-is-clinics",
    /// Once marked.
    TabletMenuShows = "tablet-menu-shows",
    /// When the browser keeps nothing.
    TabletKeepsNothing = "tablet-keeps-nothing",
    // Not found: an entry a link names, or an address.
    /// A missing entry's page title.
    NotFoundTitle = "not-found-title",
    /// A missing entry's heading.
    NotFoundHeading = "not-found-heading",
    /// Which entry the link named.
    NotFoundEntry = "not-found-entry" ["kind", "id"],
    /// A link to search.
    SearchTheAtlas = "search-the-atlas",
    /// A link to the home page.
    Home = "home",
    /// An unknown address's title and heading.
    PageNotFound = "page-not-found",
    /// Why an address is not found.
    PageNotFoundWhy = "page-not-found-why",
    /// A link to the body map.
    OpenTheBodyMap = "open-the-body-map",
    // The frame: header, footer and the update notice.
    /// The product's name in the header.
    Brand = "brand",
    /// The header's search link.
    Search = "search",
    /// The main navigation, for a screen reader.
    MainNavLabel = "main-nav-label",
    /// The menu's body map section.
    NavAtlas = "nav-atlas",
    /// The menu's stretches section.
    NavStretches = "nav-stretches",
    /// The menu's visit section.
    NavVisit = "nav-visit",
    /// Before the disclaimer.
    PleaseNote = "please-note",
    /// The privacy promise.
    Privacy = "privacy",
    /// The footer's link to the visit page.
    VisitAndSources = "visit-and-sources",
    /// A new version is waiting.
    UpdateReady = "update-ready",
    /// Reloads into the new version.
    UpdateReload = "update-reload",
    /// Dismisses the update notice.
    UpdateLater = "update-later",
    // The clinic: footer, the card on Your visit, and Book a visit.
    /// Before the phone number.
    ClinicPhone = "clinic-phone",
    /// The booking link, and the booking box, for a screen reader.
    BookAVisit = "book-a-visit",
    /// The footer's hours heading.
    ClinicHours = "clinic-hours",
    /// The clinic card's heading.
    ClinicAbout = "clinic-about" ["clinic"],
    /// The card's hours heading.
    ClinicOpeningHours = "clinic-opening-hours",
    /// The offers' heading.
    ClinicOffers = "clinic-offers",
    /// Before the clinic's social links.
    ClinicFollow = "clinic-follow",
    /// Before the phone number to call.
    BookCall = "book-call",
    /// The link to Your visit after the address.
    BookHowToReach = "book-how-to-reach",
    /// The booking box's line.
    BookWith = "book-with" ["clinic"],
    // Search (/search/).
    /// The page title for a query (the empty search is titled by "search").
    SearchTitleFor = "search-title-for" ["query"],
    /// The search box's label.
    SearchLabel = "search-label",
    /// The suggestions' heading before a search.
    SearchTryEveryday = "search-try-everyday",
    /// The suggestions' heading when nothing was found.
    SearchTryInstead = "search-try-instead",
    /// Before the links to browse.
    SearchOrBrowse = "search-or-browse",
    /// The link to the body map.
    SearchBrowseMap = "search-browse-map",
    /// The link to the conditions.
    SearchBrowseConditions = "search-browse-conditions",
    /// The link to the stretches.
    SearchBrowseStretches = "search-browse-stretches",
    /// The link to Your visit.
    SearchBrowseVisit = "search-browse-visit",
    /// Between the links to browse.
    SearchBrowseComma = "search-browse-comma",
    /// Before the last link to browse.
    SearchBrowseOr = "search-browse-or",
    /// After the last link to browse.
    SearchBrowseEnd = "search-browse-end",
    /// The status before anything is typed.
    SearchEmpty = "search-empty",
    /// The status when nothing is found.
    SearchNone = "search-none" ["query"],
    /// The status for one result.
    SearchOne = "search-one" ["query"],
    /// The status for several results.
    SearchMany = "search-many" ["count", "query"],
    // The body map, wherever it is drawn.
    /// A chosen muscle hidden under others.
    MapUnderOthers = "map-under-others" ["muscle"],
    /// A chosen muscle seen from the back.
    MapSeenFromBack = "map-seen-from-back" ["muscle"],
    /// A chosen muscle seen from the front.
    MapSeenFromFront = "map-seen-from-front" ["muscle"],
    /// Team members the surface leaves out (explain mode).
    MapAlsoMarked = "map-also-marked" ["muscles"],
    /// Shows the deep muscles.
    MapShowDeep = "map-show-deep",
    /// Shows the back.
    MapShowBack = "map-show-back",
    /// Shows the front.
    MapShowFront = "map-show-front",
    /// The front view, for a screen reader.
    MapFrontOfBody = "map-front-of-body",
    /// The back view, for a screen reader.
    MapBackOfBody = "map-back-of-body",
    /// The front view's caption and button.
    MapFront = "map-front",
    /// The back view's caption and button.
    MapBack = "map-back",
    /// The depth buttons, for a screen reader.
    MapDepthLabel = "map-depth-label",
    /// Shows the surface muscles.
    MapSurface = "map-surface",
    /// Shows the deep muscles (toggle).
    MapDeep = "map-deep",
    /// The front and back buttons, for a screen reader.
    MapSideLabel = "map-side-label",
    /// The legend: the page's muscle.
    MapThisMuscle = "map-this-muscle",
    /// The legend: related muscles.
    MapRelated = "map-related",
    /// The legend: the muscle on the card.
    MapOnTheCard = "map-on-the-card",
    /// The legend: other lit muscles.
    MapAlsoLit = "map-also-lit",
    /// The low back's team (explain mode).
    StabilityTeam = "stability-team",
    /// The hips' team (explain mode).
    MobilityTeam = "mobility-team",
    /// The legend: the faint surface muscles.
    MapFaint = "map-faint",
    // Explain mode (/explain/N/), on the treatment room's tablet.
    /// A step's page title.
    ExplainTitle = "explain-title" ["step"],
    /// Which step of how many.
    ExplainCount = "explain-count" ["number", "total"],
    /// What the step's sources line is for, for a screen reader.
    ExplainSourcesAbout = "explain-sources-about",
    /// The step's map, for a screen reader.
    ExplainMapLabel = "explain-map-label",
    /// The last step's heading.
    ExplainHandOver = "explain-hand-over",
    /// The link to the builder.
    ExplainMakeProgram = "explain-make-program",
    /// The page title of a step past the end.
    ExplainNoStepTitle = "explain-no-step-title",
    /// The heading of a step past the end.
    ExplainNoStep = "explain-no-step",
    /// Why there is no such step.
    ExplainNoStepWhy = "explain-no-step-why" ["total", "step"],
    /// The link to the first step.
    ExplainStartAt1 = "explain-start-at-1",
    /// The progress bar, for a screen reader.
    ExplainStepsLabel = "explain-steps-label",
    /// A progress dot, for a screen reader.
    ExplainStepNamed = "explain-step-named" ["number", "step"],
    /// Previous and Next, for a screen reader.
    ExplainPrevNextLabel = "explain-prev-next-label",
    /// The link to the step before.
    ExplainPrevious = "explain-previous" ["step"],
    /// The link to the step after.
    ExplainNext = "explain-next" ["step"],
    /// Starts present mode.
    ExplainPresent = "explain-present",
    /// Ends present mode.
    ExplainStopPresenting = "explain-stop-presenting",
    /// Shows the therapist's notes.
    ExplainShowNotes = "explain-show-notes",
    /// Hides the therapist's notes.
    ExplainHideNotes = "explain-hide-notes",
    /// The notes, for a screen reader.
    ExplainNotesLabel = "explain-notes-label",
    /// The suggested script's heading.
    ExplainScriptTitle = "explain-script-title",
    /// What the script's sources line is for, for a screen reader.
    ExplainScriptAbout = "explain-script-about",
    /// The talking points' heading.
    ExplainPointsTitle = "explain-points-title",
    /// What the talking points' sources line is for, for a screen reader.
    ExplainPointsAbout = "explain-points-about",
    /// The moves' heading.
    ExplainTryTogether = "explain-try-together",
    /// The move buttons, for a screen reader.
    ExplainMoveLabel = "explain-move-label",
    // The live bend model (explain mode's second step).
    /// The model, for a screen reader.
    BendLabel = "bend-label",
    /// The movement buttons, for a screen reader.
    BendMovementLabel = "bend-movement-label",
    /// Shows a forward bend.
    BendBending = "bend-bending",
    /// Shows a walking stride.
    BendStriding = "bend-striding",
    /// Shows free and tight hips side by side.
    BendSideBySide = "bend-side-by-side",
    /// The hip presets, for a screen reader.
    BendHipsLabel = "bend-hips-label",
    /// Free hips: a preset and a caption.
    BendFreeHips = "bend-free-hips",
    /// Tight hips: a preset and a caption.
    BendTightHips = "bend-tight-hips",
    /// The caption of hips short of free.
    BendCaptionTight = "bend-caption-tight" ["hips", "degrees"],
    /// The bend slider's label.
    BendBendLabel = "bend-bend-label",
    /// The hip slider's label in a bend.
    BendBendCapacity = "bend-bend-capacity",
    /// The stride slider's label.
    BendStrideLabel = "bend-stride-label",
    /// The hip slider's label in a stride.
    BendStrideCapacity = "bend-stride-capacity",
    /// The low back doing its usual share.
    BendLoadUsual = "bend-load-usual",
    /// The low back working harder.
    BendLoadMore = "bend-load-more",
    /// The low back strained.
    BendLoadStrained = "bend-load-strained",
    /// The shares in words, spoken.
    BendShares = "bend-shares" ["hip", "lumbar", "load"],
    /// What is out of reach, after the shares.
    BendOutOfReach = "bend-out-of-reach" ["degrees"],
    /// The bend slider's spoken value.
    BendRequestSpoken = "bend-request-spoken" ["degrees", "shares"],
    /// The hip slider's spoken value (the hips' word in lower case).
    BendCapacitySpoken = "bend-capacity-spoken" ["degrees", "hips", "shares"],
    /// The figure, for a screen reader.
    BendFigureLabel = "bend-figure-label" ["caption", "doing", "degrees", "shares"],
    /// In the figure's description of a bend.
    BendDoingBend = "bend-doing-bend",
    /// In the figure's description of a stride.
    BendDoingStride = "bend-doing-stride",
    /// The readout's hip row.
    BendReadoutHips = "bend-readout-hips",
    /// The readout's low back row.
    BendReadoutLowBack = "bend-readout-low-back",
    /// The readout's out-of-reach row.
    BendReadoutReach = "bend-readout-reach",
    // The body map page (/atlas/), the home page and the skip link.
    /// The map's heading, for a screen reader.
    AtlasMapHeading = "atlas-map-heading",
    /// Keeps several muscles lit together.
    AtlasShowTogether = "atlas-show-together",
    /// The link to the conditions.
    AtlasBrowseConditions = "atlas-browse-conditions",
    /// Before the muscles lit together.
    AtlasLitTogether = "atlas-lit-together",
    /// Opens the card's muscle.
    AtlasOpen = "atlas-open",
    /// Clears the card.
    AtlasClear = "atlas-clear",
    /// The muscle list's heading.
    AtlasAllMuscles = "atlas-all-muscles",
    /// Marks a deep muscle in the list.
    AtlasDeep = "atlas-deep",
    /// The home page's ways in.
    HomeWaysIn = "home-ways-in",
    /// The skip link at the top of every page.
    SkipToContent = "skip-to-content",
    // A condition page: its first screen and its stretches to try at home.
    /// The first screen's name, for a screen reader.
    ConditionInShort = "condition-in-short",
    /// The link to the one warning sign.
    SeeADoctorOne = "see-a-doctor-one",
    /// The link to the warning signs, with how many.
    SeeADoctorMany = "see-a-doctor-many" ["count"],
    /// The first screen's moves' heading.
    WhatYouCanDoAtHome = "what-you-can-do-at-home",
    /// The first screen's link to the checks before the stretches.
    ReadTheChecks = "read-the-checks",
    /// The home section's heading when the condition offers no move.
    AtHome = "at-home",
    /// The home section's heading.
    HomeStretches = "home-stretches",
    /// Before the condition's precautions.
    BeforeYouStretch = "before-you-stretch",
    /// The first moves' heading.
    StartHere = "start-here",
    /// One first move and its time in the player.
    StartHereOne = "start-here-one" ["duration"],
    /// Two first moves and their time.
    StartHereTwo = "start-here-two" ["duration"],
    /// More first moves and their time.
    StartHereMany = "start-here-many" ["count", "duration"],
    /// A rough time, in minutes.
    AboutDuration = "about-duration" ["duration"],
    /// The other moves' heading.
    MoreToTry = "more-to-try",
    // The printed handout of a program.
    /// Before the date it was printed.
    HandoutDate = "handout-date",
    /// Before the line for the client's name.
    HandoutName = "handout-name",
    /// The sheet's heading.
    HandoutTitle = "handout-title",
    /// The stop signs' heading.
    HandoutWhenToStop = "handout-when-to-stop",
    /// The QR code, for a screen reader.
    HandoutQrLabel = "handout-qr-label",
    /// Beside the QR code.
    HandoutScan = "handout-scan",
    // The map on a clinic's own site (/embed/).
    /// Under the map's search.
    EmbedHint = "embed-hint",
    /// The link to the whole atlas.
    EmbedOpenAtlas = "embed-open-atlas",
    /// At the foot of a page, before the links onward.
    KeepExploring = "keep-exploring",
    // Entry and list pages (the page documents, `content/page_doc/`): links to the app's lists.
    /// A link to the conditions (a kicker, or onward).
    ToConditions = "to-conditions",
    /// The link back to every condition.
    ToAllConditions = "to-all-conditions",
    /// A link to the massage techniques (a kicker, or onward).
    ToTechniques = "to-techniques",
    /// The link back to every massage technique.
    ToAllTechniques = "to-all-techniques",
    /// A link to the stretches, onward.
    ToStretches = "to-stretches",
    /// The link back to every stretch.
    ToAllStretches = "to-all-stretches",
    /// A link to "Your visit" (a kicker, or onward).
    ToVisit = "to-visit",
    /// The link from an article to every visit article.
    ToAllArticles = "to-all-articles",
    /// The kicker above a source's title.
    ToSources = "to-sources",
    /// The kicker above a muscle's name.
    ToBodyMap = "to-body-map",
    /// A link from a note to the body map.
    ToExploreMuscles = "to-explore-muscles",
    /// The kicker above a note's title.
    ToTraditional = "to-traditional",
    /// A link from the stretches to the client's program.
    ToProgram = "to-program",
    /// Under "Your visit"'s techniques, the link to their list.
    SeeAllTechniques = "see-all-techniques",
    /// Under "Your visit"'s conditions, the link to their list.
    SeeAllConditions = "see-all-conditions",
    // Headings over links to entries of one kind.
    /// Conditions an article or a source is linked to.
    LinkedConditions = "linked-conditions",
    /// Muscles an article is linked to.
    LinkedMuscles = "linked-muscles",
    /// Muscle groups that cite a source.
    LinkedMuscleGroups = "linked-muscle-groups",
    /// Massage techniques an article, a source or a visit is linked to.
    LinkedTechniques = "linked-techniques",
    /// Stretches an article or a source is linked to.
    LinkedStretches = "linked-stretches",
    /// Strengthening exercises an article is linked to.
    LinkedExercises = "linked-exercises",
    /// Notes an article, a source or a visit is linked to.
    LinkedNotes = "linked-notes",
    /// Visit articles that cite a source.
    LinkedArticles = "linked-articles",
    /// The visit articles about an entry.
    ReadMore = "read-more",
    // A condition's page.
    /// What the condition is.
    ConditionWhatItIs = "condition-what-it-is",
    /// The muscles involved.
    ConditionMuscles = "condition-muscles",
    /// What massage can do for it.
    ConditionMassage = "condition-massage",
    /// What to expect from treatment.
    ConditionExpect = "condition-expect",
    /// The warning signs that call for a physician.
    ConditionSeePhysician = "condition-see-physician",
    /// Over the body map of its muscles.
    ConditionWhereMuscles = "condition-where-muscles",
    /// The techniques for it.
    ConditionTechniques = "condition-techniques",
    // A muscle group's page.
    /// What it does, in plain words.
    MuscleWhatItDoes = "muscle-what-it-does",
    /// Over the body map with it chosen.
    MuscleWhereItIs = "muscle-where-it-is",
    /// Its origin, insertion and action.
    MuscleAnatomy = "muscle-anatomy",
    /// Its origin.
    MuscleOrigin = "muscle-origin",
    /// Its insertion.
    MuscleInsertion = "muscle-insertion",
    /// Its action.
    MuscleAction = "muscle-action",
    /// Its part in mobility and stability.
    MuscleRole = "muscle-role",
    /// The conditions that list it.
    MuscleConditions = "muscle-conditions",
    /// When no condition lists it.
    MuscleNoConditions = "muscle-no-conditions",
    /// The techniques used on it.
    MuscleTechniques = "muscle-techniques",
    /// The stretches that lengthen it.
    MuscleStretches = "muscle-stretches",
    /// The exercises that work it.
    MuscleExercises = "muscle-exercises",
    /// The visit articles about it.
    MuscleArticles = "muscle-articles",
    /// Its traditional notes' heading.
    MuscleTraditional = "muscle-traditional",
    /// Before its traditional notes.
    MuscleTraditionalFraming = "muscle-traditional-framing",
    /// How deep a deep muscle lies.
    MuscleDeep = "muscle-deep",
    /// How deep a surface muscle lies.
    MuscleSuperficial = "muscle-superficial",
    // A note's page.
    /// Under a note's title.
    NoteFraming = "note-framing",
    /// The disclaimer's heading.
    NoteReadFirst = "note-read-first",
    /// What the disclaimer's sources line is for, for a screen reader.
    NoteDisclaimerAbout = "note-disclaimer-about",
    /// The note's card.
    NoteQuestions = "note-questions",
    /// The muscles a note is linked to.
    NoteMuscles = "note-muscles",
    // A source's page.
    /// A clinic document, as a label.
    SourceSeed = "source-seed",
    /// What a clinic document is.
    SourceSeedHelp = "source-seed-help",
    /// A published reference, as a label.
    SourceReference = "source-reference",
    /// What a published reference is.
    SourceReferenceHelp = "source-reference-help",
    /// Everything citing the source.
    SourceCitedBy = "source-cited-by",
    /// When nothing cites it.
    SourceUncited = "source-uncited",
    // A stretch's or exercise's page.
    /// The checks before the move.
    MoveBeforeYouStart = "move-before-you-start",
    /// Before the move's precautions.
    MoveCheckFirst = "move-check-first",
    /// Where a stretch has no guide.
    StretchNoGuide = "stretch-no-guide",
    /// Where an exercise has no guide.
    ExerciseNoGuide = "exercise-no-guide",
    /// Why the move helps.
    MoveWhy = "move-why",
    /// The move's steps.
    MoveHow = "move-how",
    /// The move's cautions.
    MoveTakeCare = "move-take-care",
    /// The muscles an exercise or a massage technique works.
    MusclesItWorks = "muscles-it-works",
    /// The muscles a stretch lengthens.
    MusclesItLengthens = "muscles-it-lengthens",
    /// The conditions a move helps.
    MoveHelpsWith = "move-helps-with",
    // A massage technique's page.
    /// What it feels like.
    TechniqueFeels = "technique-feels",
    /// Its pressure.
    TechniquePressure = "technique-pressure",
    /// Its precautions.
    TechniqueTellFirst = "technique-tell-first",
    /// Its steps.
    TechniqueSteps = "technique-steps",
    /// Afterwards.
    TechniqueAfterwards = "technique-afterwards",
    /// The conditions it is used for.
    TechniqueUsedFor = "technique-used-for",
    /// Over the body map of its muscles.
    TechniqueWhere = "technique-where",
    // The list pages.
    /// The hip conditions' group.
    ConditionsHip = "conditions-hip",
    /// The low-back conditions' group.
    ConditionsBack = "conditions-back",
    /// Before a condition card's muscles.
    CardMuscles = "card-muscles",
    /// Before an exercise card's muscles.
    CardWorks = "card-works",
    /// Before a stretch card's muscles.
    CardLengthens = "card-lengthens",
    /// The exercises' group.
    ExercisesHeading = "exercises-heading",
    /// The one group of techniques when none is traditional.
    TechniquesAll = "techniques-all",
    /// The clinical techniques' group.
    TechniquesClinical = "techniques-clinical",
    /// The traditional techniques' group.
    TechniquesTraditional = "techniques-traditional",
    /// "Your visit"'s conditions.
    VisitConditions = "visit-conditions",
    // An entry's kind, in a sentence ("There is no {kind} called …").
    /// A muscle group.
    KindMuscle = "kind-muscle",
    /// A condition.
    KindCondition = "kind-condition",
    /// A massage technique.
    KindTechnique = "kind-technique",
    /// A stretch.
    KindStretch = "kind-stretch",
    /// A note.
    KindNote = "kind-note",
    /// An article.
    KindArticle = "kind-article",
    /// A source.
    KindSource = "kind-source",
    // An entry's kind, as a label (a search result's).
    /// A muscle group.
    LabelMuscle = "label-muscle",
    /// A condition.
    LabelCondition = "label-condition",
    /// A massage technique.
    LabelTechnique = "label-technique",
    /// A stretch.
    LabelStretch = "label-stretch",
    /// A strengthening exercise.
    LabelExercise = "label-exercise",
    /// A note.
    LabelNote = "label-note",
    /// A visit article.
    LabelArticle = "label-article",
    /// A source.
    LabelSource = "label-source",
    // An entry's other names.
    /// One other name (quoted by the app).
    AlsoCalledOne = "also-called-one" ["name"],
    /// Several other names: all but the last, joined by commas, then the last.
    AlsoCalledMany = "also-called-many" ["names", "last"],
    // The search page.
    /// The searches suggested when nothing is found, separated by commas (each must find
    /// something: the build checks).
    SearchSuggestions = "search-suggestions",
    // A section's sources line.
    /// The collapsed line, with how many sources it opens to.
    SourcesCount = "sources-count" ["count"],
    /// After it, for a screen reader: what the sources are for (a section's heading).
    SourcesFor = "sources-for" ["about"],
    /// What a dose's sources are for, after "for".
    SourcesForDose = "sources-for-dose",
    // A move's still pictures (lists, pages, the handout).
    /// The picture of where the move starts.
    StillStart = "still-start",
    /// An exercise's picture at its top.
    StillTop = "still-top",
    /// A move without a hold, at its telling point.
    StillMove = "still-move",
    /// A stretch's picture at its hold.
    StillHold = "still-hold",
    /// A stretch's telling picture that is not its hold.
    StillThen = "still-then",
    /// A still's description, for a screen reader: the move and which picture.
    StillLabel = "still-label" ["name", "picture"],
    // The stretch player.
    /// The main button before the guide has started.
    PlayerStart = "player-start",
    /// The main button while the guide plays.
    PlayerPause = "player-pause",
    /// The main button while paused.
    PlayerResume = "player-resume",
    /// The main button when the guide is done.
    PlayerStartAgain = "player-start-again",
    /// The button that starts the guide over.
    PlayerRestart = "player-restart",
    /// The button that shows the player full screen.
    PlayerFullScreen = "player-full-screen",
    /// The button that leaves full screen.
    PlayerExitFullScreen = "player-exit-full-screen",
    /// A stretch's player, for a screen reader.
    PlayerGuidedStretch = "player-guided-stretch",
    /// An exercise's player, for a screen reader.
    PlayerGuidedExercise = "player-guided-exercise",
    /// The progress bar, for a screen reader.
    PlayerProgress = "player-progress",
    /// The switch that speaks the cues.
    PlayerSpeak = "player-speak",
    /// Before "Book a visit" when the guide is done.
    PlayerWellDone = "player-well-done",
    /// The player's keys.
    PlayerKeys = "player-keys",
    /// Over the precautions shown before the first hold.
    PlayerCheckFirst = "player-check-first",
    /// Before the guide starts, with its first step.
    PlayerPreview = "player-preview" ["first"],
    /// Under the figure: the muscles a stretch lengthens.
    PlayerStretching = "player-stretching" ["muscles"],
    /// Under the figure: the muscles an exercise works.
    PlayerWorking = "player-working" ["muscles"],
    /// The lit muscles named in a sentence, more than one: all but the last, joined by commas,
    /// then the last.
    MusclesAnd = "muscles-and" ["names", "last"],
    /// The figure's description, for a screen reader: the move and what the body is doing.
    FigureDoing = "figure-doing" ["name", "doing"],
    /// The figure's description with its lit muscles.
    FigureDoingLit = "figure-doing-lit" ["name", "doing", "lit"],
    /// A stretch's lit muscles in the figure's description.
    FigureLengthening = "figure-lengthening" ["muscles"],
    /// An exercise's lit muscles in the figure's description.
    FigureWorking = "figure-working" ["muscles"],
    /// What the figure does before an exercise starts.
    FigureAtTop = "figure-at-top",
    /// What the figure does before a stretch starts.
    FigureAtStretch = "figure-at-stretch",
    /// What the figure does between cues.
    FigureResting = "figure-resting",
    /// The side being stretched.
    SideLeft = "side-left",
    /// The side being stretched.
    SideRight = "side-right",
    /// Which repetition, of how many.
    PlayerRepetition = "player-repetition" ["count", "total"],
    /// After the countdown's 1.
    PlayerSecondLeft = "player-second-left",
    /// After the countdown's other numbers.
    PlayerSecondsLeft = "player-seconds-left",
    /// While switching sides, the side that comes next.
    PlayerNextSide = "player-next-side" ["side"],
    /// Before the guide starts.
    PhaseReady = "phase-ready",
    /// When the guide is done.
    PhaseDone = "phase-done",
    /// Getting into position.
    PhaseGetReady = "phase-get-ready",
    /// Easing into the stretch.
    PhaseEaseIn = "phase-ease-in",
    /// Holding.
    PhaseHold = "phase-hold",
    /// Easing out.
    PhaseEaseOut = "phase-ease-out",
    /// Resting between repetitions.
    PhaseRest = "phase-rest",
    /// Switching sides.
    PhaseSwitchSides = "phase-switch-sides",
    /// A moving exercise's repetitions.
    PhaseMove = "phase-move",
    /// The pacer on the in-breath.
    BreatheIn = "breathe-in",
    /// The pacer on the out-breath.
    BreatheOut = "breathe-out",
    /// The pacer between breaths.
    BreathePause = "breathe-pause",
    /// The pacer when the breath is free.
    BreatheEasily = "breathe-easily",
    // The regions of the body, as the atlas's list and a muscle's tags head them.
    /// The hip and thigh.
    RegionHip = "region-hip",
    /// The pelvis.
    RegionPelvis = "region-pelvis",
    /// The low back.
    RegionLumbar = "region-lumbar",
    /// Told to a screen reader when the map opens another muscle's page.
    MuscleShowing = "muscle-showing" ["muscle"],
}
