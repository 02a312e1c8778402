/** Value objects used by every feature of the certificates context (the verification code). */
package nl.signaal.certificates.shared;
