;;; eglot-smoke.el --- try vigie with Emacs and eglot, headless  -*- lexical-binding: t -*-
;;
;; Not part of the test suite: the record of how the eglot configuration in
;; editors/README.md was tried.  With emacs-nox and elpa-eglot (Debian), and vigie on PATH:
;;
;;   emacs -Q --batch -l editors/emacs/eglot-smoke.el
;;
;; It writes an article into a temporary project, lets eglot start `vigie lsp` from the
;; configuration below, and checks a hover and an unsourced-figure diagnostic with the
;; severity from the settings.  Exit 0 on success.

(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(require 'eglot)
(require 'flymake)

;; The configuration under test (eglot 1.9 wants the modes as a list).
(add-to-list 'eglot-server-programs '((markdown-mode text-mode) "vigie" "lsp"))
;; Settings, sent with workspace/didChangeConfiguration: figures as errors, not warnings.
(setq-default eglot-workspace-configuration '(:vigie (:figures (:severity "error"))))

(defun smoke-fail (fmt &rest args)
  (princ (concat "eglot: FAIL " (apply #'format fmt args) "\n"))
  (kill-emacs 1))

(defun smoke-wait (what pred)
  (let ((deadline (+ (float-time) 20)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall pred) (smoke-fail "timed out waiting for %s" what))))

(let* ((root (make-temp-file "vigie-eglot" t))
       (file (expand-file-name "2025-10-05-renforts.txt" root)))
  (setenv "VIGIE_CACHE_DIR" (expand-file-name ".cache" root))
  (with-temp-file (expand-file-name "vigie.toml" root) (insert "# test\n"))
  (with-temp-file file
    (insert "date 2025-10-05\n\n"
            "Des dizaines de milliers de soldats ont été déployés.\n"
            "Les combats continuent autour de Pokrovsk, selon l’état-major ukrainien.\n"))
  (let ((default-directory root))
    (call-process "git" nil nil nil "init" "-q"))
  (find-file file)
  (text-mode)
  (apply #'eglot (eglot--guess-contact))
  (smoke-wait "the server" (lambda () (eglot-current-server)))
  (let ((server (eglot-current-server)))
    ;; Hover on Pokrovsk.
    (goto-char (point-min))
    (search-forward "Pokrovsk")
    (backward-char 3)
    (let* ((hover (jsonrpc-request server :textDocument/hover
                                   (eglot--TextDocumentPositionParams)))
           (value (plist-get (plist-get hover :contents) :value)))
      (unless (and value (string-match-p "\\*\\*Pokrovsk\\*\\*" value))
        (smoke-fail "hover: %S" hover))
      (princ "eglot: ok   hover on Pokrovsk\n"))
    ;; The diagnostic, through flymake.
    (smoke-wait "the unsourced-figure diagnostic"
                (lambda ()
                  (seq-some (lambda (d) (string-match-p "dizaines de milliers"
                                                        (flymake-diagnostic-text d)))
                            (flymake-diagnostics))))
    (princ "eglot: ok   unsourced-figure diagnostic\n")
    (smoke-wait "the diagnostic to become an error (settings)"
                (lambda ()
                  (seq-some (lambda (d) (eq (flymake-diagnostic-type d) 'eglot-error))
                            (flymake-diagnostics))))
    (princ "eglot: ok   figures.severity from eglot-workspace-configuration\n")
    (eglot-shutdown server))
  (delete-directory root t)
  (princ "eglot: 3 passed, 0 failed\n")
  (kill-emacs 0))
