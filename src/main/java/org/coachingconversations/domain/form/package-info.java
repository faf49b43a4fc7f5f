/** Wizard and REST input: the form kit (fields, messages, field errors) and the four conversation forms that turn input into a valid record or field errors. */
package org.coachingconversations.domain.form;
