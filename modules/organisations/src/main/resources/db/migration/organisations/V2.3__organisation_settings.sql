-- Settings an organisation's admins choose (issue 5): how long certificates stay valid by
-- default, when reminders go out, and the logo printed on certificates.
ALTER TABLE organisations.organisation
    ADD COLUMN certificate_validity_months INTEGER NOT NULL DEFAULT 24
        CHECK (certificate_validity_months BETWEEN 1 AND 120),
    -- NONE, DUE_SOON, DUE_SOON_AND_OVERDUE (nl.signaal.organisations.settings.boundary.ReminderPolicy)
    ADD COLUMN reminder_policy VARCHAR(30) NOT NULL DEFAULT 'DUE_SOON_AND_OVERDUE',
    ADD COLUMN reminder_days_before_due INTEGER NOT NULL DEFAULT 14
        CHECK (reminder_days_before_due BETWEEN 1 AND 90),
    -- PNG or JPEG, checked by content and size (at most 512 KiB) before it gets here
    ADD COLUMN logo BYTEA CHECK (logo IS NULL OR octet_length(logo) <= 524288),
    ADD COLUMN logo_content_type VARCHAR(20) CHECK (logo_content_type IN ('image/png', 'image/jpeg'));
