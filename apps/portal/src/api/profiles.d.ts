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
    "/admin/audit/objects/{type}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who accessed this object */
        get: operations["AuditAdminController_byObject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit/actors/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this person accessed */
        get: operations["AuditAdminController_byActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs that failed their last attempt, newest first */
        get: operations["FailedJobsAdminController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/failed/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue every failed job again (after a fix) */
        post: operations["FailedJobsAdminController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your caseload, pseudonymous, with completeness per job seeker */
        get: operations["JobSeekersController_list"];
        put?: never;
        /** Add a job seeker to your caseload (identity and profile together) */
        post: operations["JobSeekersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A profile (advisers and admins must state a reason) */
        get: operations["JobSeekersController_get"];
        put?: never;
        post?: never;
        /** Erase the job seeker: personal data and matches, for good */
        delete: operations["JobSeekersController_erase"];
        options?: never;
        head?: never;
        /** Change profile fields (null clears a field) */
        patch: operations["JobSeekersController_update"];
        trace?: never;
    };
    "/job-seekers/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the job seeker’s consent and switch your own (double opt-in) */
        put: operations["JobSeekersController_setConsent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers/{id}/availability/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the availability on file is still right */
        post: operations["JobSeekersController_confirmAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the job seeker to another coach (their consent switch resets) */
        post: operations["JobSeekersController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Name, contact details and client reference (coach of the caseload) */
        get: operations["JobSeekerIdentityController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct name, contact details or client reference */
        patch: operations["JobSeekerIdentityController_update"];
        trace?: never;
    };
    "/job-seekers/{id}/introduction-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Contact details for an introduction (adviser, with a reason, after double opt-in) */
        post: operations["JobSeekerIdentityController_releaseForIntroduction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts by completeness band and availability (admins name a coach) */
        get: operations["CaseloadController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caseload/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Profiles flagged for a retention review (inactive too long) */
        get: operations["CaseloadController_review"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caseload/retention-sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag every profile inactive beyond SEEKER_INACTIVE_REVIEW_DAYS */
        post: operations["CaseloadController_sweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job seeker's matches, with explanations */
        get: operations["SeekerMatchesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers/{id}/matches/{vacancyId}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shortlist a suggested vacancy for the job seeker */
        post: operations["SeekerWorkflowController_shortlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers/{id}/matches/{vacancyId}/introduction-agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the job seeker's yes or no to this introduction (with the date) */
        post: operations["SeekerWorkflowController_agreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers/{id}/matches/{vacancyId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a match (for the job seeker, or as the coach) */
        post: operations["SeekerWorkflowController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transition occupations: high overlap of essential skills, local tightness, missing skills, BBL places */
        get: operations["SeekerInsightController_transitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-seekers/{id}/one-skill-away": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vacancies one or two more essential skills would open */
        get: operations["SeekerInsightController_oneSkillAway"];
        put?: never;
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
        AuditRecordDto: {
            seq: number;
            /** Format: date-time */
            occurredAt: string;
            actorSubject: string;
            /** @enum {string|null} */
            actorRole: "employer" | "adviser" | "coach" | "admin" | null;
            /** @enum {string} */
            action: "read" | "create" | "update" | "delete" | "search" | "export";
            /** @example job-seeker */
            objectType: string;
            objectId: string;
            /** @enum {string} */
            result: "allowed" | "denied";
            /** @description the recording code’s note */
            origin: string | null;
            clientIp: string | null;
            /** @example profile-service */
            app: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditRecordDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @description items on all pages */
            total: number;
        };
        FailedJobDto: {
            /** @example match-vacancy.2f0c….v3 */
            jobId: string;
            /** @enum {string} */
            name: "ping" | "match-vacancy" | "match-seeker" | "rematch-all" | "refill-vacancy-list" | "notify-step" | "notify-vacancy-matches" | "notify-seeker-matches";
            /** @description ids and versions only */
            payload: {
                [key: string]: unknown;
            };
            attempts: number;
            /** @description the last error message */
            error: string;
            /** Format: date-time */
            failedAt: string;
        };
        FailedJobsPageDto: {
            items: components["schemas"]["FailedJobDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @description items on all pages */
            total: number;
        };
        RetriedJobsDto: {
            /** @description failed jobs queued again */
            retried: number;
        };
        WorkExperienceDto: {
            /** @example http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b */
            occupationUri: string;
            /** @example 4 */
            years: number;
        };
        QualificationDto: {
            /**
             * @description NLQF or DQR code; stored with its EQF level
             * @example NL:MBO-3
             */
            code: string;
        };
        SchoolLeaverDto: {
            /** @enum {string} */
            schoolType: "VSO" | "PrO";
            /**
             * @description required for VSO
             * @enum {string|null}
             */
            exitProfile?: "vervolgonderwijs" | "arbeidsmarkt" | "dagbesteding" | null;
            /**
             * Format: date
             * @example 2026-07-01
             */
            expectedLeavingDate?: string | null;
            /**
             * @example [
             *       "branchecertificaat logistiek"
             *     ]
             */
            certificates?: string[] | null;
        };
        CurrentEducationDto: {
            /**
             * @example NL:MBO-3
             * @enum {string}
             */
            code: "NL:MBO-1" | "NL:MBO-2" | "NL:MBO-3" | "NL:MBO-4";
            /**
             * Format: date
             * @example 2027-07-01
             */
            expectedEndDate: string;
        };
        HomeLocationDto: {
            /**
             * @description only the PC4 area is stored; required without a place
             * @example 7511 AB
             */
            postcode?: string | null;
            /** @example Enschede */
            place?: string | null;
            /**
             * @default NL
             * @enum {string|null}
             */
            country: "NL" | "DE" | null;
        };
        HoursPerWeekDto: {
            /** @example 24 */
            min: number;
            /** @example 36 */
            max: number;
        };
        LanguageDto: {
            /**
             * @description ISO 639-1 code
             * @example de
             */
            language: string;
            /**
             * @example B1
             * @enum {string}
             */
            level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
        };
        TargetGroupsDto: {
            /** @description registered in the doelgroepregister (banenafspraak); never shown to employers */
            banenafspraak: boolean;
            /** @enum {string} */
            benefit: "participatiewet" | "ww" | "wajong" | "none";
        };
        ClientReferenceDto: {
            /**
             * @description UWV or the municipality holding the client record
             * @enum {string}
             */
            system: "uwv" | "almelo" | "borne" | "dinkelland" | "enschede" | "haaksbergen" | "hellendoorn" | "hengelo" | "hof-van-twente" | "losser" | "oldenzaal" | "rijssen-holten" | "tubbergen" | "twenterand" | "wierden";
            /**
             * @description the client number there; never a BSN
             * @example ENS-2024-00417
             */
            reference: string;
        };
        IdentityDto: {
            /** @example Fenna */
            givenName: string;
            /** @example Testers-Voorbeeld */
            familyName: string;
            /**
             * Format: email
             * @example f.voorbeeld@example.org
             */
            email?: string | null;
            /** @example +31 6 00000000 */
            phone?: string | null;
            clientReference: components["schemas"]["ClientReferenceDto"];
        };
        CreateJobSeekerDto: {
            /** @description ESCO occupation URIs */
            wantedOccupations?: string[] | null;
            /**
             * @description free text, linked to an ESCO occupation
             * @example lasser
             */
            wantedOccupationText?: string | null;
            /** @description ESCO skill URIs */
            skills?: string[] | null;
            workExperience?: components["schemas"]["WorkExperienceDto"][] | null;
            highestQualification?: components["schemas"]["QualificationDto"] | null;
            schoolLeaver?: components["schemas"]["SchoolLeaverDto"] | null;
            /** @description the MBO course the job seeker follows now; counted by insight as a coming leaver */
            currentEducation?: components["schemas"]["CurrentEducationDto"] | null;
            /**
             * @example [
             *       "VCA-basis",
             *       "heftruck"
             *     ]
             */
            certificates?: string[] | null;
            drivingLicences?: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE" | "T")[] | null;
            travelsIndependently?: boolean | null;
            ownTransport?: boolean | null;
            homeLocation?: components["schemas"]["HomeLocationDto"] | null;
            /** @example 25 */
            maxTravelKm?: number | null;
            hoursPerWeek?: components["schemas"]["HoursPerWeekDto"] | null;
            /** @description explicit "available now" */
            availableNow?: boolean | null;
            /**
             * Format: date
             * @example 2026-09-01
             */
            availableFrom?: string | null;
            languages?: components["schemas"]["LanguageDto"][] | null;
            willingToWorkInGermany?: boolean | null;
            targetGroups?: components["schemas"]["TargetGroupsDto"] | null;
            /** @description free text for coach and adviser only */
            supportNeeded?: string | null;
            identity: components["schemas"]["IdentityDto"];
        };
        WantedOccupationResponse: {
            uri: string;
            label: string | null;
            /** @enum {string} */
            source: "coach" | "linked";
        };
        ConceptResponse: {
            uri: string;
            label: string | null;
        };
        WorkExperienceResponse: {
            occupation: components["schemas"]["ConceptResponse"];
            years: number;
        };
        QualificationResponse: {
            /** @example NL:MBO-3 */
            code: string;
            /** @example 3 */
            eqf: number;
        };
        SchoolLeaverResponse: {
            /** @enum {string} */
            schoolType: "VSO" | "PrO";
            /** @enum {string|null} */
            exitProfile: "vervolgonderwijs" | "arbeidsmarkt" | "dagbesteding" | null;
            /** Format: date */
            expectedLeavingDate: string | null;
            certificates: string[];
        };
        CurrentEducationResponse: {
            /** @enum {string} */
            code: "NL:MBO-1" | "NL:MBO-2" | "NL:MBO-3" | "NL:MBO-4";
            /** Format: date */
            expectedEndDate: string;
        };
        HomeLocationResponse: {
            /** @description PC4 area only */
            postcode: string | null;
            place: string | null;
            /** @enum {string} */
            country: "NL" | "DE";
            label: string;
            lat: number;
            lon: number;
        };
        HoursResponse: {
            min: number;
            max: number;
        };
        LanguageResponse: {
            language: string;
            /** @enum {string} */
            level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
        };
        TargetGroupsResponse: {
            banenafspraak: boolean | null;
            /** @enum {string|null} */
            benefit: "participatiewet" | "ww" | "wajong" | "none" | null;
        };
        SeekerConsentResponse: {
            given: boolean;
            /** Format: date */
            date: string | null;
        };
        CoachConsentResponse: {
            given: boolean;
            /** Format: date-time */
            at: string | null;
        };
        ConsentResponse: {
            seeker: components["schemas"]["SeekerConsentResponse"];
            coach: components["schemas"]["CoachConsentResponse"];
            /** @description double opt-in: both on */
            employerVisible: boolean;
        };
        CompletenessResponse: {
            score: number;
            /** @enum {string} */
            band: "complete" | "high" | "medium" | "low";
            /**
             * @example [
             *       "highestQualification",
             *       "availability"
             *     ]
             */
            missing: string[];
            /**
             * @example [
             *       "availability"
             *     ]
             */
            stale: string[];
        };
        JobSeekerResponse: {
            /**
             * Format: uuid
             * @description pseudonymous id
             */
            id: string;
            /** @description bumped by every change that affects matching */
            version: number;
            coachId: string;
            wantedOccupations: components["schemas"]["WantedOccupationResponse"][];
            wantedOccupationText: string | null;
            skills: components["schemas"]["ConceptResponse"][];
            workExperience: components["schemas"]["WorkExperienceResponse"][];
            highestQualification: components["schemas"]["QualificationResponse"] | null;
            schoolLeaver: components["schemas"]["SchoolLeaverResponse"] | null;
            /** @description the MBO course followed now (not a target group) */
            currentEducation: components["schemas"]["CurrentEducationResponse"] | null;
            certificates: string[];
            drivingLicences: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE" | "T")[];
            travelsIndependently: boolean | null;
            ownTransport: boolean | null;
            homeLocation: components["schemas"]["HomeLocationResponse"] | null;
            maxTravelKm: number | null;
            hoursPerWeek: components["schemas"]["HoursResponse"] | null;
            availableNow: boolean | null;
            /** Format: date */
            availableFrom: string | null;
            /** Format: date-time */
            availabilityConfirmedAt: string | null;
            /** @enum {string} */
            availability: "now" | "later" | "unknown";
            languages: components["schemas"]["LanguageResponse"][];
            willingToWorkInGermany: boolean | null;
            targetGroups: components["schemas"]["TargetGroupsResponse"];
            /** @description coach and adviser only */
            supportNeeded?: string | null;
            consent: components["schemas"]["ConsentResponse"];
            completeness: components["schemas"]["CompletenessResponse"];
            /** Format: date-time */
            reviewFlaggedAt: string | null;
            /** Format: date-time */
            lastActivityAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CaseloadEntryResponse: {
            /** Format: uuid */
            id: string;
            version: number;
            completenessScore: number;
            /** @enum {string} */
            completenessBand: "complete" | "high" | "medium" | "low";
            missing: string[];
            stale: string[];
            /** @enum {string} */
            availability: "now" | "later" | "unknown";
            employerVisible: boolean;
            /** Format: date-time */
            reviewFlaggedAt: string | null;
            /** Format: date-time */
            lastActivityAt: string;
        };
        CaseloadPageResponse: {
            items: components["schemas"]["CaseloadEntryResponse"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @description items on all pages */
            total: number;
        };
        UpdateJobSeekerDto: {
            /** @description ESCO occupation URIs */
            wantedOccupations?: string[] | null;
            /**
             * @description free text, linked to an ESCO occupation
             * @example lasser
             */
            wantedOccupationText?: string | null;
            /** @description ESCO skill URIs */
            skills?: string[] | null;
            workExperience?: components["schemas"]["WorkExperienceDto"][] | null;
            highestQualification?: components["schemas"]["QualificationDto"] | null;
            schoolLeaver?: components["schemas"]["SchoolLeaverDto"] | null;
            /** @description the MBO course the job seeker follows now; counted by insight as a coming leaver */
            currentEducation?: components["schemas"]["CurrentEducationDto"] | null;
            /**
             * @example [
             *       "VCA-basis",
             *       "heftruck"
             *     ]
             */
            certificates?: string[] | null;
            drivingLicences?: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE" | "T")[] | null;
            travelsIndependently?: boolean | null;
            ownTransport?: boolean | null;
            homeLocation?: components["schemas"]["HomeLocationDto"] | null;
            /** @example 25 */
            maxTravelKm?: number | null;
            hoursPerWeek?: components["schemas"]["HoursPerWeekDto"] | null;
            /** @description explicit "available now" */
            availableNow?: boolean | null;
            /**
             * Format: date
             * @example 2026-09-01
             */
            availableFrom?: string | null;
            languages?: components["schemas"]["LanguageDto"][] | null;
            willingToWorkInGermany?: boolean | null;
            targetGroups?: components["schemas"]["TargetGroupsDto"] | null;
            /** @description free text for coach and adviser only */
            supportNeeded?: string | null;
        };
        SeekerConsentDto: {
            /** @description the job seeker agrees to be shown to employers (anonymised) */
            given: boolean;
            /**
             * Format: date
             * @description when the job seeker said so; required when given
             */
            date?: string | null;
        };
        CoachConsentDto: {
            /** @description the coach agrees the profile may be shown to employers */
            given: boolean;
        };
        ConsentDto: {
            seeker?: components["schemas"]["SeekerConsentDto"];
            coach?: components["schemas"]["CoachConsentDto"];
        };
        TransferDto: {
            /** @example demo-coach-2 */
            toCoachId: string;
        };
        TransferResponse: {
            /** Format: uuid */
            id: string;
            fromCoachId: string;
            toCoachId: string;
            version: number;
            consent: components["schemas"]["ConsentResponse"];
        };
        ClientReferenceResponse: {
            /** @enum {string} */
            system: "uwv" | "almelo" | "borne" | "dinkelland" | "enschede" | "haaksbergen" | "hellendoorn" | "hengelo" | "hof-van-twente" | "losser" | "oldenzaal" | "rijssen-holten" | "tubbergen" | "twenterand" | "wierden";
            reference: string;
        };
        IdentityResponse: {
            /** Format: uuid */
            seekerId: string;
            givenName: string;
            familyName: string;
            email: string | null;
            phone: string | null;
            clientReference: components["schemas"]["ClientReferenceResponse"];
        };
        UpdateIdentityDto: {
            /** @example Fenna */
            givenName?: string;
            /** @example Testers-Voorbeeld */
            familyName?: string;
            /**
             * Format: email
             * @example f.voorbeeld@example.org
             */
            email?: string | null;
            /** @example +31 6 00000000 */
            phone?: string | null;
            clientReference?: components["schemas"]["ClientReferenceDto"];
        };
        IntroductionRequestDto: {
            /** @description why the contact details are needed now; recorded in the audit trail */
            reason: string;
            /** @description the vacancy the introduction is for */
            vacancyId?: string;
        };
        CompletenessCountsResponse: {
            /** @description score 100 */
            complete: number;
            /** @description score 75-99 */
            high: number;
            /** @description score 40-74 */
            medium: number;
            /** @description score below 40 */
            low: number;
        };
        AvailabilityCountsResponse: {
            now: number;
            later: number;
            unknown: number;
        };
        MissingFieldCountResponse: {
            field: string;
            count: number;
        };
        CaseloadOverviewResponse: {
            coachId: string;
            total: number;
            byCompleteness: components["schemas"]["CompletenessCountsResponse"];
            byAvailability: components["schemas"]["AvailabilityCountsResponse"];
            availabilityStale: number;
            employerVisible: number;
            flaggedForReview: number;
            mostMissing: components["schemas"]["MissingFieldCountResponse"][];
        };
        RetentionSweepResponse: {
            inactiveDays: number;
            /** Format: date-time */
            cutoff: string;
            flagged: number;
            seekerIds: string[];
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
        IntroductionAgreementDto: {
            note?: string;
            /** @description Did the job seeker agree to this one introduction? */
            agreed: boolean;
            /**
             * @description When the job seeker answered
             * @example 2026-12-01
             */
            date: string;
        };
        RejectMatchDto: {
            note?: string;
            /** @enum {string} */
            reason: "not-interested" | "qualification" | "distance" | "hours" | "language" | "filled" | "other";
            /** @description Coach only: record the job seeker's own refusal (rejectedBy "job-seeker") */
            onBehalfOfSeeker?: boolean;
        };
        SourceNoteDto: {
            en: string;
            de: string;
            nl: string;
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
        OneSkillAwayRowDto: {
            vacancyId: string;
            title: string;
            municipality: string | null;
            municipalityName: string | null;
            missingSkills: components["schemas"]["LabelledDto"][];
            score: number;
            scoreWithSkills: number;
            /** @description The skills lift the score to the shortlist threshold */
            opens: boolean;
        };
        OneSkillAwayDto: {
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
            seekerId: string;
            minScore: number;
            rows: components["schemas"]["OneSkillAwayRowDto"][];
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
    AuditAdminController_byObject: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                type: string;
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
                    "application/json": components["schemas"]["AuditPageDto"];
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
    AuditAdminController_byActor: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                subject: string;
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
                    "application/json": components["schemas"]["AuditPageDto"];
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
    FailedJobsAdminController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
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
                    "application/json": components["schemas"]["FailedJobsPageDto"];
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
    FailedJobsAdminController_retry: {
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
                    "application/json": components["schemas"]["RetriedJobsDto"];
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
    JobSeekersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
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
                    "application/json": components["schemas"]["CaseloadPageResponse"];
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
    JobSeekersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJobSeekerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobSeekerResponse"];
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
    JobSeekersController_get: {
        parameters: {
            query?: {
                /** @description required for advisers and admins; recorded in the audit trail */
                reason?: string;
            };
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
                    "application/json": components["schemas"]["JobSeekerResponse"];
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
    JobSeekersController_erase: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    JobSeekersController_update: {
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
                "application/json": components["schemas"]["UpdateJobSeekerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobSeekerResponse"];
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
    JobSeekersController_setConsent: {
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
                "application/json": components["schemas"]["ConsentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobSeekerResponse"];
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
    JobSeekersController_confirmAvailability: {
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
                    "application/json": components["schemas"]["JobSeekerResponse"];
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
    JobSeekersController_transfer: {
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
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResponse"];
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
    JobSeekerIdentityController_get: {
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
                    "application/json": components["schemas"]["IdentityResponse"];
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
    JobSeekerIdentityController_update: {
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
                "application/json": components["schemas"]["UpdateIdentityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityResponse"];
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
    JobSeekerIdentityController_releaseForIntroduction: {
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
                "application/json": components["schemas"]["IntroductionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityResponse"];
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
    CaseloadController_overview: {
        parameters: {
            query?: {
                /** @description the caseload to show (admins; a coach sees their own) */
                coachId?: string;
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
                    "application/json": components["schemas"]["CaseloadOverviewResponse"];
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
    CaseloadController_review: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
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
                    "application/json": components["schemas"]["CaseloadPageResponse"];
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
    CaseloadController_sweep: {
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
                    "application/json": components["schemas"]["RetentionSweepResponse"];
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
    SeekerMatchesController_list: {
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
                /** @description Why an adviser or admin reads this (required for them; audited) */
                reason?: string;
            };
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
                    "application/json": components["schemas"]["MatchPageDto"];
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
    SeekerWorkflowController_shortlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                vacancyId: string;
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
    SeekerWorkflowController_agreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                vacancyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntroductionAgreementDto"];
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
    SeekerWorkflowController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                vacancyId: string;
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
    SeekerInsightController_transitions: {
        parameters: {
            query?: {
                /** @description Why an adviser or admin reads this (required for them; audited) */
                reason?: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionsDto"];
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
    SeekerInsightController_oneSkillAway: {
        parameters: {
            query?: {
                /** @description Why an adviser or admin reads this (required for them; audited) */
                reason?: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneSkillAwayDto"];
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
}
