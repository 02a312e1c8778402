/** The certificate row: the facts it prints, its code, its validity and its revocation. */
package nl.signaal.certificates.issuing.entity;
