/**
 * Generated from the OpenAPI document by `npm run portal:api-types`; never edit by hand.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxonomy/occupations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TaxonomyController_occupations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxonomy/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TaxonomyController_skills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taxonomy/concepts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The labels of occupations and skills by URI, in the asked language */
        get: operations["TaxonomyController_concepts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search vacancies (coaches: published ones only) */
        get: operations["VacanciesController_search"];
        put?: never;
        /** Create a vacancy (a draft unless publish is true) */
        post: operations["VacanciesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VacanciesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change fields of a draft or published vacancy */
        patch: operations["VacanciesController_update"];
        trace?: never;
    };
    "/vacancies/{id}/occupation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Correct the occupation (replaces the linker's choice) */
        put: operations["VacanciesController_correctOccupation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VacanciesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/fill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a published vacancy as filled */
        post: operations["VacanciesController_fill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a published vacancy unfilled, or withdraw a draft */
        post: operations["VacanciesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload many vacancies (CSV or JSON); the whole file or nothing unless ?partial=true
         * @description CSV (text/csv): a header of column names (employerId, title, description, language, occupationUri, requiredSkills, optionalSkills, minimumQualificationCode, minimumEqf, hoursMin, hoursMax, contractType, startDate, closingDate, positions, workPlace, workPostcode, country, latitude, longitude, drivingLicences, certificates, languages, banenafspraakSuitable, banenafspraakReserved, jobcarving, supervisionOffered, supervision, openToSchoolLeavers, learningWorking, recognitionRequired, publish), comma or semicolon separated; lists in one cell separated by "|", languages as code:level (de:B1|nl:A2). JSON: {"vacancies": [ ...objects as for POST /vacancies... ]}. At most 5000 vacancies.
         */
        post: operations["VacancyImportController_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Expire vacancies past their closing date and re-send missed match jobs now */
        post: operations["VacancyImportController_sweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/jobsuche/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import Jobsuche job-details documents as published German vacancies
         * @description A listing imported before (same refnr) is updated; each document is reported.
         */
        post: operations["JobsucheController_importDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/jobsuche/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search the live Jobsuche API and import what it finds (opt-in) */
        post: operations["JobsucheController_fetch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List employers, without contact persons */
        get: operations["EmployersController_list"];
        put?: never;
        /** Register an employer (an employer user: its own organisation, once) */
        post: operations["EmployersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One employer with its contact person (audited) */
        get: operations["EmployersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["EmployersController_update"];
        trace?: never;
    };
    "/vacancies/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shortlist of a vacancy (employers: anonymised, double opt-in candidates only) */
        get: operations["VacancyMatchesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/matches/{seekerId}/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why a pair scored as it did, or why it is not on the list */
        get: operations["VacancyMatchesController_explain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/matches/{seekerId}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shortlist a candidate (also one the engine did not suggest) */
        post: operations["MatchWorkflowController_shortlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/matches/{seekerId}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a shortlisted candidate to the employer (double opt-in) */
        post: operations["MatchWorkflowController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/matches/{seekerId}/introduction-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Employer: ask for an introduction to a proposed candidate */
        post: operations["MatchWorkflowController_requestIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/matches/{seekerId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject (adviser) or decline (employer) with a coded reason */
        post: operations["MatchWorkflowController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/matches/{seekerId}/hire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the hire of an introduced candidate (the placement) */
        post: operations["MatchWorkflowController_hire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/matches/{seekerId}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Employer: contact details once the job seeker agreed (audited) */
        get: operations["MatchWorkflowController_contact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/matches/{seekerId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every step of the pair: who, when, why */
        get: operations["MatchWorkflowController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insight/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outcomes per vacancy, score band and period; rates per group with the four-fifths flag; overrides; banen per employer (cells under 5 people are null) */
        get: operations["OutcomesController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insight/outcomes/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same report as CSV (section, key, measure, value) */
        get: operations["OutcomesController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insight/tightness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open positions against available job seekers per occupation group x municipality (x EQF), with UWV bands */
        get: operations["InsightController_tightness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insight/unserved-vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open vacancies without a candidate at or above the threshold, and what stands in the way */
        get: operations["InsightController_unserved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insight/blocking-skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per occupation group, the essential skills missing most often among near misses */
        get: operations["InsightController_blockingSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insight/school-leavers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** VSO/PrO leavers of the next 12 months against learning-working places and technical vacancies */
        get: operations["InsightController_schoolLeavers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insight/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transition occupations from an ESCO occupation, with missing skills and learning-working places */
        get: operations["InsightController_transitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insight/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A figure over time, from the daily snapshots */
        get: operations["InsightController_trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications are unread */
        get: operations["NotificationsController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: operations["NotificationsController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My settings per notification kind of my role (in-app, e-mail) */
        get: operations["NotificationsController_preferences"];
        /** Change my settings for some notification kinds */
        put: operations["NotificationsController_updatePreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        OccupationLabelsDto: {
            nl?: string;
            de?: string;
            en?: string;
        };
        OccupationSuggestionDto: {
            /** @example http://data.europa.eu/esco/occupation/... */
            uri: string;
            /** @description The preferred label in the asked language */
            label: string;
            /** @description The label the text matched (may be an alternative label) */
            matchedLabel: string;
            /**
             * @description Its language
             * @enum {string|null}
             */
            matchedLang: "nl" | "de" | "en" | null;
            /** @description The preferred label per language */
            labels: components["schemas"]["OccupationLabelsDto"];
            /** @description Linker confidence in [0, 1] */
            score: number;
        };
        OccupationSuggestionListDto: {
            items: components["schemas"]["OccupationSuggestionDto"][];
        };
        RankedConceptDto: {
            /** @example http://data.europa.eu/esco/occupation/... */
            uri: string;
            /** @description The label that matched best */
            label: string;
            /** @description Linker confidence in [0, 1] */
            score: number;
            /**
             * @description The language of the label
             * @enum {string}
             */
            labelLang?: "nl" | "de" | "en";
        };
        RankedConceptListDto: {
            items: components["schemas"]["RankedConceptDto"][];
        };
        ConceptLabelDto: {
            /** @example http://data.europa.eu/esco/skill/... */
            uri: string;
            /** @enum {string} */
            kind: "occupation" | "skill";
            /** @description The preferred label in the asked language, else in English, else in another */
            label: string;
            /**
             * @description The language of the label
             * @enum {string}
             */
            lang: "nl" | "de" | "en";
        };
        ConceptLabelListDto: {
            /** @description One per known concept, in the order asked; unknown URIs are left out */
            items: components["schemas"]["ConceptLabelDto"][];
            /** @description The asked URIs that name no occupation or skill */
            unknown: string[];
        };
        LanguageRequirementDto: {
            /**
             * @description ISO 639-1 language code
             * @example de
             */
            language: string;
            /**
             * @example B1
             * @enum {string}
             */
            level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
        };
        CreateVacancyDto: {
            /**
             * Format: uuid
             * @description Required for advisers; an employer posts for its own organisation
             */
            employerId?: string;
            /** @example Schweißer (m/w/d) */
            title: string;
            description: string;
            /**
             * @description Language of title and description; default: German for DE, Dutch for NL
             * @enum {string}
             */
            language?: "nl" | "de" | "en";
            /**
             * @description ESCO occupation URI; when left out it is linked from the title
             * @example http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b
             */
            occupationUri?: string | null;
            /** @description ESCO skill URIs */
            requiredSkills?: string[];
            /** @description ESCO skill URIs */
            optionalSkills?: string[];
            /**
             * @description A Dutch (NL:...) or German (DE:...) qualification; stored with its EQF level
             * @example DE:AUSBILDUNG-2
             */
            minimumQualificationCode?: string | null;
            /** @description EQF level; 0 is below level 1 */
            minimumEqf?: number | null;
            /** @example 24 */
            hoursMin?: number | null;
            /** @example 32 */
            hoursMax?: number | null;
            /** @enum {string|null} */
            contractType?: "permanent" | "fixed-term" | "temporary-agency" | "on-call" | "apprenticeship" | "internship" | null;
            /**
             * Format: date
             * @example 2026-03-01
             */
            startDate?: string | null;
            /**
             * Format: date
             * @example 2026-04-30
             */
            closingDate?: string | null;
            /** @default 1 */
            positions: number;
            /** @example Gronau */
            workPlace?: string | null;
            /**
             * @description Dutch 1234 AB (or PC4) or German PLZ
             * @example 48599
             */
            workPostcode?: string | null;
            /** @enum {string} */
            country: "NL" | "DE";
            /** @description Only when the place is not enough (with longitude) */
            latitude?: number | null;
            longitude?: number | null;
            drivingLicences?: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE" | "T")[];
            /**
             * @example [
             *       "VCA basis"
             *     ]
             */
            certificates?: string[];
            languages?: components["schemas"]["LanguageRequirementDto"][];
            /** @description Suitable for the banenafspraak target group */
            banenafspraakSuitable?: boolean;
            /** @description Reserved for the banenafspraak target group (NL only) */
            banenafspraakReserved?: boolean;
            /** @description Made by jobcarving (NL only) */
            jobcarving?: boolean;
            supervisionOffered?: boolean;
            /** @description What supervision the workplace offers */
            supervision?: string | null;
            /** @description Open to VSO/PrO school leavers */
            openToSchoolLeavers?: boolean;
            /** @enum {string|null} */
            learningWorking?: "bbl" | "leerwerk" | "ausbildung" | null;
            /** @description German vacancies: the occupation is regulated (Anerkennung) */
            recognitionRequired?: boolean;
            /** @description Publish at once instead of keeping a draft */
            publish?: boolean;
        };
        EmployerRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        OccupationAlternativeDto: {
            /** @description ESCO occupation URI */
            uri: string;
            /** @description The occupation's preferred label in the vacancy's language */
            label: string;
            /** @description Linker score in [0, 1] */
            score: number;
        };
        SkillSuggestionDto: {
            uri: string;
            label: string;
            /** @description Linker score in [0, 1] */
            score: number;
            /** @description The words of the description it was found in */
            matchedText: string;
        };
        VacancyResponseDto: {
            /** Format: uuid */
            id: string;
            employer: components["schemas"]["EmployerRefDto"];
            /**
             * @description A published vacancy past its closing date reads as expired
             * @enum {string}
             */
            status: "draft" | "published" | "filled" | "closed" | "expired";
            /** @description Goes up with every change that matters to matching */
            version: number;
            /** @enum {string} */
            source: "portal" | "bulk" | "ba-jobsuche" | "demo";
            title: string;
            description: string;
            /** @enum {string} */
            language: "nl" | "de" | "en";
            occupationUri: string | null;
            occupationLabel: string | null;
            /** @enum {string|null} */
            occupationSource: "given" | "linked" | "adviser" | null;
            /** @description The linker's confidence when the occupation was linked from the title */
            occupationConfidence: number | null;
            /**
             * @description needed: linked with low confidence; an adviser confirms or corrects it
             * @enum {string|null}
             */
            occupationReview: "needed" | null;
            /** @description The linker's next candidates when the occupation needs a review */
            occupationAlternatives: components["schemas"]["OccupationAlternativeDto"][];
            /** @description ISCO-08 unit group */
            iscoGroup: string | null;
            requiredSkills: string[];
            optionalSkills: string[];
            /** @description Skills found in the description, to confirm by adding them to a skill list */
            skillSuggestions: components["schemas"]["SkillSuggestionDto"][];
            minimumQualificationCode: string | null;
            minimumEqf: number | null;
            hoursMin: number | null;
            hoursMax: number | null;
            /** @enum {string|null} */
            contractType: "permanent" | "fixed-term" | "temporary-agency" | "on-call" | "apprenticeship" | "internship" | null;
            /** Format: date */
            startDate: string | null;
            /** Format: date */
            closingDate: string | null;
            positions: number;
            workPlace: string | null;
            workPostcode: string | null;
            /** @enum {string} */
            country: "NL" | "DE";
            latitude: number | null;
            longitude: number | null;
            locationLabel: string | null;
            drivingLicences: string[];
            certificates: string[];
            languages: components["schemas"]["LanguageRequirementDto"][];
            banenafspraakSuitable: boolean;
            banenafspraakReserved: boolean;
            jobcarving: boolean;
            supervisionOffered: boolean;
            supervision: string | null;
            openToSchoolLeavers: boolean;
            /** @enum {string|null} */
            learningWorking: "bbl" | "leerwerk" | "ausbildung" | null;
            recognitionRequired: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            endedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description From the search point, when the search had one */
            distanceKm?: number;
        };
        VacancyPageDto: {
            items: components["schemas"]["VacancyResponseDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @description items on all pages */
            total: number;
        };
        UpdateVacancyDto: {
            /** @example Schweißer (m/w/d) */
            title?: string;
            description?: string;
            /**
             * @description Language of title and description; default: German for DE, Dutch for NL
             * @enum {string}
             */
            language?: "nl" | "de" | "en";
            /**
             * @description ESCO occupation URI; when left out it is linked from the title
             * @example http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b
             */
            occupationUri?: string | null;
            /** @description ESCO skill URIs */
            requiredSkills?: string[];
            /** @description ESCO skill URIs */
            optionalSkills?: string[];
            /**
             * @description A Dutch (NL:...) or German (DE:...) qualification; stored with its EQF level
             * @example DE:AUSBILDUNG-2
             */
            minimumQualificationCode?: string | null;
            /** @description EQF level; 0 is below level 1 */
            minimumEqf?: number | null;
            /** @example 24 */
            hoursMin?: number | null;
            /** @example 32 */
            hoursMax?: number | null;
            /** @enum {string|null} */
            contractType?: "permanent" | "fixed-term" | "temporary-agency" | "on-call" | "apprenticeship" | "internship" | null;
            /**
             * Format: date
             * @example 2026-03-01
             */
            startDate?: string | null;
            /**
             * Format: date
             * @example 2026-04-30
             */
            closingDate?: string | null;
            /** @default 1 */
            positions: number;
            /** @example Gronau */
            workPlace?: string | null;
            /**
             * @description Dutch 1234 AB (or PC4) or German PLZ
             * @example 48599
             */
            workPostcode?: string | null;
            /** @enum {string} */
            country?: "NL" | "DE";
            /** @description Only when the place is not enough (with longitude) */
            latitude?: number | null;
            longitude?: number | null;
            drivingLicences?: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE" | "T")[];
            /**
             * @example [
             *       "VCA basis"
             *     ]
             */
            certificates?: string[];
            languages?: components["schemas"]["LanguageRequirementDto"][];
            /** @description Suitable for the banenafspraak target group */
            banenafspraakSuitable?: boolean;
            /** @description Reserved for the banenafspraak target group (NL only) */
            banenafspraakReserved?: boolean;
            /** @description Made by jobcarving (NL only) */
            jobcarving?: boolean;
            supervisionOffered?: boolean;
            /** @description What supervision the workplace offers */
            supervision?: string | null;
            /** @description Open to VSO/PrO school leavers */
            openToSchoolLeavers?: boolean;
            /** @enum {string|null} */
            learningWorking?: "bbl" | "leerwerk" | "ausbildung" | null;
            /** @description German vacancies: the occupation is regulated (Anerkennung) */
            recognitionRequired?: boolean;
        };
        CorrectOccupationDto: {
            /** @description The ESCO occupation URI that replaces the linked one */
            occupationUri: string;
        };
        CreatedRowDto: {
            row: number;
            /** Format: uuid */
            id: string;
        };
        RowErrorDto: {
            /** @description CSV: the line in the file (header = 1); JSON: position from 1 */
            row: number;
            /** @example hoursMin */
            field: string;
            /** @example must not be less than 0 */
            message: string;
        };
        ImportReportDto: {
            /** @description Rows in the upload */
            rows: number;
            created: components["schemas"]["CreatedRowDto"][];
            rejectedRows: number[];
            errors: components["schemas"]["RowErrorDto"][];
        };
        SweepResultDto: {
            /** @description Vacancies marked expired */
            expired: number;
            /** @description Match jobs sent again */
            resent: number;
        };
        JobsucheDocumentsDto: {
            /** @description Job-details documents of the Jobsuche API (GET /pc/v4/jobdetails/{base64(refnr)}), as downloaded */
            documents: {
                [key: string]: unknown;
            }[];
        };
        JobsucheRefDto: {
            /** @description Position of the document, from 1 */
            document: number;
            /** Format: uuid */
            id: string;
            /** @example ba-jobsuche:10000-1184867112-S */
            externalRef: string;
        };
        JobsucheSkippedDto: {
            document: number;
            /** Format: uuid */
            id: string;
            /** @example closed here */
            reason: string;
        };
        JobsucheErrorDto: {
            document: number;
            /** @example arbeitsorte */
            field: string;
            /** @example names no place of work */
            message: string;
        };
        JobsucheImportReportDto: {
            documents: number;
            created: components["schemas"]["JobsucheRefDto"][];
            /** @description Listings imported before, now updated */
            updated: components["schemas"]["JobsucheRefDto"][];
            skipped: components["schemas"]["JobsucheSkippedDto"][];
            errors: components["schemas"]["JobsucheErrorDto"][];
        };
        JobsucheFetchDto: {
            /**
             * @description What: job title free text
             * @example Schweißer
             */
            was?: string;
            /**
             * @description Where: place free text
             * @example Gronau
             */
            wo?: string;
            /**
             * @description Radius around wo, km
             * @example 25
             */
            umkreis?: number;
            /**
             * @description 1 work, 4 Ausbildung, 34 internship
             * @enum {number}
             */
            angebotsart?: 1 | 2 | 4 | 34;
        };
        CreateEmployerDto: {
            /** @example Metaalbouw Hengelo B.V. */
            name: string;
            /** @enum {string} */
            country: "NL" | "DE";
            /**
             * @description KvK number (8 digits): Dutch employers
             * @example 12345678
             */
            kvkNumber?: string | null;
            /**
             * @description Handelsregister entry or other registration: German employers without KvK
             * @example HRB 1234, Amtsgericht Coesfeld
             */
            foreignRegistration?: string | null;
            street?: string | null;
            /** @example 7553 AA */
            postcode?: string | null;
            /** @example Hengelo */
            place: string;
            /** @description Only when the place is not enough (with longitude) */
            latitude?: number | null;
            longitude?: number | null;
            /** @description Contact person (personal data: reads are audited) */
            contactName?: string | null;
            contactEmail?: string | null;
            contactPhone?: string | null;
            /** @description Advisers: the organisation id employer users' tokens carry (default: the new employer's id) */
            organisationId?: string;
        };
        EmployerResponseDto: {
            /** Format: uuid */
            id: string;
            organisationId: string;
            name: string;
            /** @enum {string} */
            country: "NL" | "DE";
            kvkNumber: string | null;
            foreignRegistration: string | null;
            street: string | null;
            postcode: string | null;
            place: string;
            latitude: number | null;
            longitude: number | null;
            contactName: string | null;
            contactEmail: string | null;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EmployerSummaryDto: {
            /** Format: uuid */
            id: string;
            organisationId: string;
            name: string;
            /** @enum {string} */
            country: "NL" | "DE";
            kvkNumber: string | null;
            foreignRegistration: string | null;
            street: string | null;
            postcode: string | null;
            place: string;
            latitude: number | null;
            longitude: number | null;
        };
        EmployerPageDto: {
            items: components["schemas"]["EmployerSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @description items on all pages */
            total: number;
        };
        UpdateEmployerDto: {
            /** @example Metaalbouw Hengelo B.V. */
            name?: string;
            /** @enum {string} */
            country?: "NL" | "DE";
            /**
             * @description KvK number (8 digits): Dutch employers
             * @example 12345678
             */
            kvkNumber?: string | null;
            /**
             * @description Handelsregister entry or other registration: German employers without KvK
             * @example HRB 1234, Amtsgericht Coesfeld
             */
            foreignRegistration?: string | null;
            street?: string | null;
            /** @example 7553 AA */
            postcode?: string | null;
            /** @example Hengelo */
            place?: string;
            /** @description Only when the place is not enough (with longitude) */
            latitude?: number | null;
            longitude?: number | null;
            /** @description Contact person (personal data: reads are audited) */
            contactName?: string | null;
            contactEmail?: string | null;
            contactPhone?: string | null;
        };
        TextDto: {
            nl: string;
            de: string;
            en: string;
        };
        KnockOutDto: {
            /** @enum {string} */
            code: "reserved-banenafspraak" | "not-job-matching" | "level" | "driving-licence" | "certificate" | "language" | "germany-unwilling" | "distance" | "hours" | "start-date";
            reason: components["schemas"]["TextDto"];
        };
        ComponentScoreDto: {
            /** @enum {string} */
            name: "occupation" | "skills" | "level" | "distance" | "hours" | "availability" | "experience" | "support";
            value: number;
            weight: number;
            /** @description value x weight, rescaled so all points add up to the score */
            points: number;
            detail: components["schemas"]["TextDto"];
        };
        SkillComparisonDto: {
            /** @description ESCO skill URIs */
            matchedEssential: string[];
            missingEssential: string[];
            matchedOptional: string[];
            missingOptional: string[];
        };
        LevelComparisonDto: {
            seekerEqf: number | null;
            requiredEqf: number | null;
            seekerQualification: string | null;
            requiredQualification: string | null;
            /** @enum {string} */
            verdict: "below" | "equal" | "above" | "unknown" | "no-requirement";
        };
        DistanceDto: {
            km: number | null;
            maxKm: number | null;
            crossBorder: boolean;
        };
        LanguageCheckDto: {
            /** @example de */
            language: string;
            /** @enum {string} */
            required: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            /** @enum {string|null} */
            have: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            ok: boolean;
        };
        ExplanationDto: {
            modelVersion: string;
            score: number;
            knockOuts: components["schemas"]["KnockOutDto"][];
            /** @description checks passed */
            passed: ("reserved-banenafspraak" | "not-job-matching" | "level" | "driving-licence" | "certificate" | "language" | "germany-unwilling" | "distance" | "hours" | "start-date")[];
            components: components["schemas"]["ComponentScoreDto"][];
            skills: components["schemas"]["SkillComparisonDto"];
            level: components["schemas"]["LevelComparisonDto"];
            distance: components["schemas"]["DistanceDto"];
            languages: components["schemas"]["LanguageCheckDto"][];
            notes: components["schemas"]["TextDto"][];
        };
        LabelledSkillDto: {
            uri: string;
            label: string;
        };
        HumanOverrideDto: {
            /** @description The engine had not put the pair on the list */
            notSuggested: boolean;
            knockOuts: ("reserved-banenafspraak" | "not-job-matching" | "level" | "driving-licence" | "certificate" | "language" | "germany-unwilling" | "distance" | "hours" | "start-date")[];
            engineScore: number;
            by: string;
            /** Format: date-time */
            at: string;
        };
        MatchViewDto: {
            /** Format: uuid */
            vacancyId: string;
            /** Format: uuid */
            seekerId: string;
            vacancyTitle?: string;
            score: number;
            /** @enum {string} */
            status: "suggested" | "shortlisted" | "proposed" | "introduced" | "hired" | "rejected";
            crossBorder: boolean;
            /** Format: date-time */
            computedAt: string;
            explanation: components["schemas"]["ExplanationDto"];
            matchedSkills: components["schemas"]["LabelledSkillDto"][];
            missingEssentialSkills: components["schemas"]["LabelledSkillDto"][];
            /** @description the score at the last step */
            scoreAtLastStep: number | null;
            scoreChangedSinceStep: boolean;
            humanOverride: components["schemas"]["HumanOverrideDto"] | null;
            introductionRequested: boolean;
            /** @description an open step whose candidate withdrew consent */
            consentWithdrawn: boolean;
        };
        MatchPageDto: {
            items: components["schemas"]["MatchViewDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @description items on all pages */
            total: number;
            /** @description false when the vacancy is not open: its matches are no longer offered */
            offered: boolean;
        };
        HoursRangeDto: {
            min: number;
            max: number;
        };
        CandidateLanguageDto: {
            /** @example de */
            language: string;
            /** @enum {string} */
            level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
        };
        CandidateCardDto: {
            /** Format: uuid */
            candidateId: string;
            /** @enum {string} */
            status: "proposed" | "introduced" | "hired";
            introductionRequested: boolean;
            score: number;
            educationEqf: number | null;
            occupationsWanted: components["schemas"]["LabelledSkillDto"][];
            matchedSkills: components["schemas"]["LabelledSkillDto"][];
            missingEssentialSkills: components["schemas"]["LabelledSkillDto"][];
            /** @example <= 20 km */
            distanceBand: string | null;
            hoursPerWeek: components["schemas"]["HoursRangeDto"] | null;
            availableNow: boolean;
            /** Format: date */
            availableFrom: string | null;
            languages: components["schemas"]["CandidateLanguageDto"][];
        };
        CandidateCardPageDto: {
            items: components["schemas"]["CandidateCardDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @description items on all pages */
            total: number;
            /** @description false when the vacancy is not open: its matches are no longer offered */
            offered: boolean;
        };
        PairExplanationDto: {
            /** Format: uuid */
            vacancyId: string;
            /** Format: uuid */
            seekerId: string;
            onShortlist: boolean;
            rank: number | null;
            /** @enum {string|null} */
            status: "suggested" | "shortlisted" | "proposed" | "introduced" | "hired" | "rejected" | null;
            /** @description why the pair is, or is not, on the list */
            verdict: components["schemas"]["TextDto"];
            /** @description computed now from current data */
            explanation: components["schemas"]["ExplanationDto"];
            humanOverride: components["schemas"]["HumanOverrideDto"] | null;
        };
        StepNoteDto: {
            note?: string;
        };
        StepResultDto: {
            vacancyId: string;
            /** @description The job seeker (for an employer: the candidate id of the card) */
            seekerId: string;
            /** @enum {string} */
            status: "suggested" | "shortlisted" | "proposed" | "introduced" | "hired" | "rejected";
            statusReason: string | null;
            /** @enum {string|null} */
            rejectedBy: "job-seeker" | "coach" | "adviser" | "employer" | null;
            introductionRequested: boolean;
            introductionAgreedOn: string | null;
        };
        RejectMatchDto: {
            note?: string;
            /** @enum {string} */
            reason: "not-interested" | "qualification" | "distance" | "hours" | "language" | "filled" | "other";
            /** @description Coach only: record the job seeker's own refusal (rejectedBy "job-seeker") */
            onBehalfOfSeeker?: boolean;
        };
        HireDto: {
            /** @example 2027-01-04 */
            startDate: string;
            hoursPerWeek: number;
            /** @enum {string} */
            contractType: "permanent" | "fixed-term" | "temporary-agency" | "apprenticeship" | "other";
        };
        IntroductionContactDto: {
            seekerId: string;
            givenName: string;
            familyName: string;
            email: string | null;
            phone: string | null;
        };
        MatchStepDto: {
            action: string;
            from: string;
            to: string;
            actorRole: string;
            actorSubject: string;
            onBehalfOf: string | null;
            reason: string | null;
            note: string | null;
            /** @description The score when the step was taken */
            score: number;
            /** Format: date-time */
            occurredAt: string;
        };
        MatchStepPageDto: {
            items: components["schemas"]["MatchStepDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @description items on all pages */
            total: number;
        };
        StepCountsDto: {
            /** @description people; null when 1 to 4 (suppressed) */
            shortlisted: number | null;
            proposed: number | null;
            introduced: number | null;
            hired: number | null;
            rejected: number | null;
        };
        VacancyRowDto: {
            key: string;
            /** @description people; null when 1 to 4 (suppressed) */
            matches: number | null;
            steps: components["schemas"]["StepCountsDto"];
            /** @description people; null when 1 to 4 (suppressed) */
            rejectedByReason: {
                [key: string]: number | null;
            };
            /** @description people; null when 1 to 4 (suppressed) */
            rejectedByWhom: {
                [key: string]: number | null;
            };
            medianDaysToHire: number | null;
        };
        CountRowDto: {
            key: string;
            /** @description people; null when 1 to 4 (suppressed) */
            matches: number | null;
            steps: components["schemas"]["StepCountsDto"];
            /** @description people; null when 1 to 4 (suppressed) */
            rejectedByReason: {
                [key: string]: number | null;
            };
            /** @description people; null when 1 to 4 (suppressed) */
            rejectedByWhom: {
                [key: string]: number | null;
            };
        };
        StepRatesDto: {
            shortlisted: number | null;
            proposed: number | null;
            introduced: number | null;
            hired: number | null;
            rejected: number | null;
        };
        GroupRowDto: {
            /** @enum {string} */
            group: "banenafspraak" | "vso-pro" | "cross-border" | "rest";
            /** @description people; null when 1 to 4 (suppressed) */
            people: number | null;
            rates: components["schemas"]["StepRatesDto"];
            /** @description below 0.8 is flagged (four-fifths rule) */
            ratioToRest: components["schemas"]["StepRatesDto"];
            flagged: ("shortlisted" | "proposed" | "introduced" | "hired" | "rejected")[];
        };
        OverridesDto: {
            matches: number | null;
            hired: number | null;
            rejected: number | null;
        };
        EmployerPlacementsDto: {
            organisationId: string;
            placements: number;
            /** @description hours / 25.5 per banenafspraak placement */
            banen: number;
            crossBorder: number;
            /** @description of placements, those of job seekers erased since (kept as counts only) */
            erasedPlacements: number;
        };
        OutcomesReportDto: {
            byVacancy: components["schemas"]["VacancyRowDto"][];
            byScoreBand: components["schemas"]["CountRowDto"][];
            byPeriod: components["schemas"]["CountRowDto"][];
            groups: components["schemas"]["GroupRowDto"][];
            overrides: components["schemas"]["OverridesDto"];
            employers: components["schemas"]["EmployerPlacementsDto"][];
        };
        SourceNoteDto: {
            en: string;
            de: string;
            nl: string;
        };
        LeftOutDto: {
            /** @description Open vacancies without ISCO group or outside the areas */
            vacancies: number;
            /** @description People count; null when from 1 to 4 (suppressed) */
            seekers: number | null;
        };
        TightnessRowDto: {
            /**
             * @description ISCO-08 code, or the ESCO occupation URI
             * @example 721
             */
            group: string;
            groupLabel: string;
            /**
             * @description CBS or AGS code; null: the whole region
             * @example GM0153
             */
            municipality: string | null;
            /** @example Enschede */
            municipalityName: string | null;
            /** @description EQF level (byEqf only) */
            eqf: number | null;
            openVacancies: number;
            openPositions: number;
            /** @description People count; null when from 1 to 4 (suppressed) */
            seekersAvailableNow: number | null;
            /** @description People count; null when from 1 to 4 (suppressed); available now or within 3 months */
            seekersAvailableSoon: number | null;
            /** @description openPositions / seekersAvailableNow, 2 decimals */
            ratioNow: number | null;
            /** @enum {string|null} */
            bandNow: "very-ample" | "ample" | "balanced" | "tight" | "very-tight" | null;
            ratioSoon: number | null;
            /** @enum {string|null} */
            bandSoon: "very-ample" | "ample" | "balanced" | "tight" | "very-tight" | null;
            suppressed: boolean;
        };
        TightnessDto: {
            /** @example tightness */
            figure: string;
            /** @description This registry's own data, not UWV's statistic */
            source: components["schemas"]["SourceNoteDto"];
            /**
             * @description The day described (Europe/Amsterdam)
             * @example 2026-12-01
             */
            asOf: string;
            /**
             * @description People counts below this (and above 0) are null
             * @example 5
             */
            suppressBelow: number;
            level: string;
            leftOut: components["schemas"]["LeftOutDto"];
            rows: components["schemas"]["TightnessRowDto"][];
        };
        ObstaclesDto: {
            "reserved-banenafspraak": number | null;
            "not-job-matching": number | null;
            level: number | null;
            "driving-licence": number | null;
            certificate: number | null;
            language: number | null;
            "germany-unwilling": number | null;
            distance: number | null;
            hours: number | null;
            "start-date": number | null;
            /** @description No knock-out, but a score below minScore */
            "low-score": number | null;
        };
        UnservedRowDto: {
            vacancyId: string;
            title: string;
            isco: string | null;
            municipality: string | null;
            municipalityName: string | null;
            openPositions: number;
            /** Format: date-time */
            publishedAt: string | null;
            daysOpen: number | null;
            /** @description People count; null when from 1 to 4 (suppressed): seekers wanting or having done an occupation of the same ISCO minor group */
            nearCandidates: number | null;
            /** @description Near candidates each obstacle stops (counts; one may count under several) */
            obstacles: components["schemas"]["ObstaclesDto"];
        };
        UnservedDto: {
            /** @example tightness */
            figure: string;
            /** @description This registry's own data, not UWV's statistic */
            source: components["schemas"]["SourceNoteDto"];
            /**
             * @description The day described (Europe/Amsterdam)
             * @example 2026-12-01
             */
            asOf: string;
            /**
             * @description People counts below this (and above 0) are null
             * @example 5
             */
            suppressBelow: number;
            minScore: number;
            rows: components["schemas"]["UnservedRowDto"][];
        };
        BlockingSkillRowDto: {
            group: string;
            groupLabel: string;
            skill: string;
            skillLabel: string;
            /** @description Shortlisted candidates of the group missing it (at least 5) */
            seekers: number;
            vacancies: number;
            rank: number;
        };
        BlockingSkillsDto: {
            /** @example tightness */
            figure: string;
            /** @description This registry's own data, not UWV's statistic */
            source: components["schemas"]["SourceNoteDto"];
            /**
             * @description The day described (Europe/Amsterdam)
             * @example 2026-12-01
             */
            asOf: string;
            /**
             * @description People counts below this (and above 0) are null
             * @example 5
             */
            suppressBelow: number;
            level: string;
            /** @description Group-skill pairs left out: fewer than 5 people */
            suppressedRows: number;
            rows: components["schemas"]["BlockingSkillRowDto"][];
        };
        SchoolLeaverRowDto: {
            municipality: string;
            municipalityName: string;
            /** @description People count; null when from 1 to 4 (suppressed); VSO leavers within 12 months, not dagbesteding */
            leaversVso: number | null;
            /** @description People count; null when from 1 to 4 (suppressed) */
            leaversPro: number | null;
            /** @description People count; null when from 1 to 4 (suppressed); MBO students whose course ends within 12 months */
            leaversMbo: number | null;
            /** @description People count; null when from 1 to 4 (suppressed); VSO, PrO and MBO leavers, each person once */
            leaversTotal: number | null;
            learningWorkingPositions: number;
            schoolLeaverPositions: number;
            technicalPositions: number;
            technicalLearningWorkingPositions: number;
        };
        SchoolLeaversDto: {
            /** @example tightness */
            figure: string;
            /** @description This registry's own data, not UWV's statistic */
            source: components["schemas"]["SourceNoteDto"];
            /**
             * @description The day described (Europe/Amsterdam)
             * @example 2026-12-01
             */
            asOf: string;
            /**
             * @description People counts below this (and above 0) are null
             * @example 5
             */
            suppressBelow: number;
            rows: components["schemas"]["SchoolLeaverRowDto"][];
        };
        LabelledDto: {
            uri: string;
            label: string;
        };
        RegionTightnessDto: {
            openPositions: number;
            seekersAvailableNow: number | null;
            ratioNow: number | null;
            /** @enum {string|null} */
            bandNow: "very-ample" | "ample" | "balanced" | "tight" | "very-tight" | null;
        };
        PlaceDto: {
            vacancyId: string;
            title: string;
            municipality: string | null;
            municipalityName: string | null;
        };
        TransitionRowDto: {
            occupation: string;
            occupationLabel: string;
            isco: string | null;
            /** @description Shared essential skills / essential skills, 2 decimals */
            overlap: number;
            sharedEssential: number;
            essentialTotal: number;
            missingSkills: components["schemas"]["LabelledDto"][];
            /** @description Its ISCO unit group over all areas */
            tightness: components["schemas"]["RegionTightnessDto"];
            /** @description Open learning-working places (BBL, leerwerk, Ausbildung) */
            learningWorkingPlaces: components["schemas"]["PlaceDto"][];
        };
        TransitionsDto: {
            /** @example tightness */
            figure: string;
            /** @description This registry's own data, not UWV's statistic */
            source: components["schemas"]["SourceNoteDto"];
            /**
             * @description The day described (Europe/Amsterdam)
             * @example 2026-12-01
             */
            asOf: string;
            /**
             * @description People counts below this (and above 0) are null
             * @example 5
             */
            suppressBelow: number;
            seekerId?: string;
            rows: components["schemas"]["TransitionRowDto"][];
        };
        TrendDto: {
            /** @example tightness */
            figure: string;
            /** @description This registry's own data, not UWV's statistic */
            source: components["schemas"]["SourceNoteDto"];
            /**
             * @description The day described (Europe/Amsterdam)
             * @example 2026-12-01
             */
            asOf: string;
            /**
             * @description People counts below this (and above 0) are null
             * @example 5
             */
            suppressBelow: number;
            from: string;
            to: string;
            /** @description One row per day and cell: `day`, the cell dimensions (group, municipality, skill: strings) and its counts (numbers, null when suppressed; tightness also ratios and bands) */
            rows: ({
                /** Format: date */
                day: string;
            } & {
                [key: string]: (string | number) | null;
            })[];
        };
        NotificationDto: {
            /** @example 42 */
            id: string;
            /** @enum {string} */
            kind: "strong-match" | "introduction-requested" | "vacancy-unserved" | "employer-introduction-request" | "candidate-declined" | "candidate-proposed" | "candidate-introduced";
            /** @description what happened; never a job seeker’s name, contact details, BSN or target group */
            title: string;
            /**
             * @description the portal path of the item
             * @example /vacancies/2f0c6d1e-8d43-4a47-9a57-7d3c1d2f9b10/shortlist
             */
            link: string;
            /** Format: uuid */
            vacancyId: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description null: unread
             */
            readAt: string | null;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @description items on all pages */
            total: number;
            /** @description unread notifications in the whole inbox */
            unread: number;
        };
        UnreadCountDto: {
            unread: number;
        };
        MarkedCountDto: {
            /** @description notifications marked read now */
            marked: number;
        };
        PreferenceDto: {
            /** @enum {string} */
            kind: "strong-match" | "introduction-requested" | "vacancy-unserved" | "employer-introduction-request" | "candidate-declined" | "candidate-proposed" | "candidate-introduced";
            /** @description show it in the inbox */
            inApp: boolean;
            /** @description include it in the e-mail digest (where e-mail is configured) */
            email: boolean;
        };
        PreferencesDto: {
            preferences: components["schemas"]["PreferenceDto"][];
        };
        ErrorResponse: {
            /** @example 400 */
            statusCode: number;
            /** @example Bad Request */
            error: string;
            /** @description a sentence, or one per field for validation errors */
            message: string | string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    TaxonomyController_occupations: {
        parameters: {
            query: {
                /** @description What the user typed */
                q: string;
                lang?: "nl" | "de" | "en";
                limit?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationSuggestionListDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TaxonomyController_skills: {
        parameters: {
            query: {
                /** @description What the user typed */
                q: string;
                lang?: "nl" | "de" | "en";
                limit?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankedConceptListDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TaxonomyController_concepts: {
        parameters: {
            query: {
                /** @description ESCO concept URIs (occupations or skills), repeated: ?uri=...&uri=... (at most 200) */
                uri: string[];
                lang?: "nl" | "de" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConceptLabelListDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacanciesController_search: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Words in the title or description */
                q?: string;
                /** @description ESCO occupation URI */
                occupation?: string;
                /** @description needed: vacancies whose linked occupation an adviser should confirm */
                occupationReview?: "needed";
                /** @description ISCO-08 group of 1 to 4 digits (72 takes in 7212) */
                isco?: string;
                /** @description Place or postcode to search around */
                near?: string;
                /** @description Country of `near` */
                nearCountry?: "NL" | "DE";
                radiusKm?: number;
                /** @description Minimum EQF level at least this */
                eqfMin?: number;
                /** @description Asks at most this EQF level (or none): vacancies open to someone at this level */
                eqfMax?: number;
                country?: "NL" | "DE";
                /** @description Suitable for (or reserved for) the banenafspraak */
                banenafspraak?: boolean;
                /** @description Open to VSO/PrO school leavers */
                schoolLeavers?: boolean;
                /** @description A learning-working place (BBL, leerwerk, Ausbildung) */
                learningWorking?: boolean;
                status?: "draft" | "published" | "filled" | "closed" | "expired";
                employerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyPageDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacanciesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVacancyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyResponseDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacanciesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyResponseDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or outside your organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacanciesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVacancyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyResponseDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The vacancy is filled, closed or expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacanciesController_correctOccupation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectOccupationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyResponseDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacanciesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyResponseDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only a draft can be published */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacanciesController_fill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyResponseDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacanciesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyResponseDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacancyImportController_bulk: {
        parameters: {
            query?: {
                /** @description Store the valid rows even when others have errors (default: all or nothing) */
                partial?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description CSV (text/csv): a header of column names (employerId, title, description, language, occupationUri, requiredSkills, optionalSkills, minimumQualificationCode, minimumEqf, hoursMin, hoursMax, contractType, startDate, closingDate, positions, workPlace, workPostcode, country, latitude, longitude, drivingLicences, certificates, languages, banenafspraakSuitable, banenafspraakReserved, jobcarving, supervisionOffered, supervision, openToSchoolLeavers, learningWorking, recognitionRequired, publish), comma or semicolon separated; lists in one cell separated by "|", languages as code:level (de:B1|nl:A2). JSON: {"vacancies": [ ...objects as for POST /vacancies... ]}. At most 5000 vacancies. */
        requestBody: {
            content: {
                "text/csv": string | {
                    vacancies: Record<string, never>[];
                };
                "application/json": string | {
                    vacancies: Record<string, never>[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
            /** @description Nothing stored; every refused row and field is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacancyImportController_sweep: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepResultDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobsucheController_importDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobsucheDocumentsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobsucheImportReportDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobsucheController_fetch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobsucheFetchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobsucheImportReportDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Live fetching is off (JOBSUCHE_LIVE=false) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Bad Gateway */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EmployersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the name */
                q?: string;
                country?: "NL" | "DE";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerPageDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EmployersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmployerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerResponseDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EmployersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerResponseDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown, or not your organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EmployersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEmployerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerResponseDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacancyMatchesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                minScore?: number;
                /** @description Only cross-border (true) or only Dutch (false) vacancies */
                crossBorder?: boolean;
                /** @description Banenafspraak: target-group candidates (advisers) or banenafspraak vacancies (coaches) */
                banenafspraak?: boolean;
                /** @description The language of the skill and occupation labels (the texts come in all three) */
                lang?: "nl" | "de" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description advisers and admins: MatchPageDto; the vacancy’s employer: CandidateCardPageDto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchPageDto"] | components["schemas"]["CandidateCardPageDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VacancyMatchesController_explain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                seekerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairExplanationDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchWorkflowController_shortlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                seekerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepResultDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchWorkflowController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                seekerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepResultDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchWorkflowController_requestIntroduction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                seekerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepResultDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchWorkflowController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                seekerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectMatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepResultDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchWorkflowController_hire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                seekerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HireDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepResultDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchWorkflowController_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                seekerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroductionContactDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchWorkflowController_history: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
                seekerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchStepPageDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or outside the caller's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OutcomesController_report: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesReportDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OutcomesController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InsightController_tightness: {
        parameters: {
            query?: {
                lang?: "nl" | "de" | "en";
                /** @description csv: the rows as text/csv (suppressed counts read <5) */
                format?: "json" | "csv";
                /** @description Occupation groups: ISCO-08 sub-major (2 digits), minor (3), unit (4), or ESCO occupation */
                level?: "sub-major" | "minor" | "unit" | "occupation";
                /** @description Only groups starting with this ISCO code, or one ESCO occupation URI */
                group?: string;
                /** @description One cell per municipality (false: the whole region) */
                byMunicipality?: unknown;
                /** @description One cell per EQF level (the vacancy minimum, the seeker highest) */
                byEqf?: unknown;
                /** @description One municipality (CBS code) or German district (AGS code) */
                municipality?: "GM0141" | "GM0147" | "GM1774" | "GM0153" | "GM0158" | "GM0163" | "GM0164" | "GM1735" | "GM0168" | "GM0173" | "GM1742" | "GM0183" | "GM1700" | "GM0189" | "05554" | "05558" | "05566" | "05515" | "03456" | "03454" | "03404";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TightnessDto"];
                    "text/csv": string;
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InsightController_unserved: {
        parameters: {
            query?: {
                lang?: "nl" | "de" | "en";
                /** @description csv: the rows as text/csv (suppressed counts read <5) */
                format?: "json" | "csv";
                /** @description A candidate at or above this score serves the vacancy */
                minScore?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnservedDto"];
                    "text/csv": string;
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InsightController_blockingSkills: {
        parameters: {
            query?: {
                lang?: "nl" | "de" | "en";
                /** @description csv: the rows as text/csv (suppressed counts read <5) */
                format?: "json" | "csv";
                /** @description Occupation groups: ISCO-08 sub-major (2 digits), minor (3), unit (4), or ESCO occupation */
                level?: "sub-major" | "minor" | "unit" | "occupation";
                /** @description Only groups starting with this ISCO code, or one ESCO occupation URI */
                group?: string;
                /** @description Skills per group */
                top?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockingSkillsDto"];
                    "text/csv": string;
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InsightController_schoolLeavers: {
        parameters: {
            query?: {
                lang?: "nl" | "de" | "en";
                /** @description csv: the rows as text/csv (suppressed counts read <5) */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchoolLeaversDto"];
                    "text/csv": string;
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InsightController_transitions: {
        parameters: {
            query?: {
                lang?: "nl" | "de" | "en";
                /** @description csv: the rows as text/csv (suppressed counts read <5) */
                format?: "json" | "csv";
                /** @description ESCO occupation URI */
                occupation?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionsDto"];
                    "text/csv": string;
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InsightController_trend: {
        parameters: {
            query?: {
                lang?: "nl" | "de" | "en";
                /** @description csv: the rows as text/csv (suppressed counts read <5) */
                format?: "json" | "csv";
                figure?: "tightness" | "tightness-unit" | "school-leavers" | "unserved-vacancies" | "blocking-skills";
                /** @description First day (YYYY-MM-DD); default 90 days before `to` */
                from?: string;
                /** @description Last day (YYYY-MM-DD); default today */
                to?: string;
                /** @description ISCO group (tightness: minor, tightness-unit: unit; blocking-skills: minor) */
                group?: string;
                municipality?: "GM0141" | "GM0147" | "GM1774" | "GM0153" | "GM0158" | "GM0163" | "GM0164" | "GM1735" | "GM0168" | "GM0173" | "GM1742" | "GM0183" | "GM1700" | "GM0189" | "05554" | "05558" | "05566" | "05515" | "03456" | "03454" | "03404";
                /** @description ESCO skill URI (blocking-skills) */
                skill?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendDto"];
                    "text/csv": string;
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description only unread notifications */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedCountDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description not a notification of mine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesDto"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_updatePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesDto"];
                };
            };
            /** @description Bad input; the message names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token's role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Internal server error (no detail) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The token issuer's keys cannot be fetched */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
